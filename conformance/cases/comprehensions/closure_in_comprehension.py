fs = [lambda: x for x in range(3)]
print([f() for f in fs])
