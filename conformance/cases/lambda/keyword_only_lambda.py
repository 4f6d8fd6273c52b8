f = lambda *, k=5: k * 2
print(f(), f(k=1))
