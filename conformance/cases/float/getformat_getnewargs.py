print(float.__getformat__('double'), float.__getformat__('float'), (1.5).__getnewargs__(), (1+2j).__getnewargs__(), (0.0).__getnewargs__())
