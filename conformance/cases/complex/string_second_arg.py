complex('1+2j', 1)
