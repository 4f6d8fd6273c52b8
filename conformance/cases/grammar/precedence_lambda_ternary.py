f = lambda x: x if x > 0 else -x
print(f(-3), (lambda: 1 if False else 2)(), [1, 2][True if 0 else False])
