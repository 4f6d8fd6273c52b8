def f():
    pass
print(f.__globals__ is globals())
