def f():
    return 1, 2, 3
a, b, c = f()
print(a + b + c, f())
