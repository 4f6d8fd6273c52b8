def f(*, x, y):
    pass
f()
