g = lambda a, *, b=2: a * b
print(g(3), g(3, b=3))
