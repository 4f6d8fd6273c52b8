def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
