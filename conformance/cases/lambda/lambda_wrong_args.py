f = lambda x: x
f(1, 2)
