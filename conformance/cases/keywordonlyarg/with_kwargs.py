def f(a, *, k, **rest):
    return a, k, sorted(rest.items())
print(f(1, k=2, z=3, y=4))
