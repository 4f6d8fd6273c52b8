print(callable(len), callable(lambda: 0), callable(1), callable(str), callable('s'), callable(print))
