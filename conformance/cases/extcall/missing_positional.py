def f(x, y):
    pass
f(1)
