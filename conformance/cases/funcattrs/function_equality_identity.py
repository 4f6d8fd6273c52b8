def f():
    pass
g = f
print(f is g, f == g, type(f).__name__)
