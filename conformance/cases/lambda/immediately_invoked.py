print((lambda x, y: x ** y)(2, 10))
