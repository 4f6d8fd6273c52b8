vals = [1, 2, 3, 0, 5]
it = iter(vals.pop, 3) if False else iter(lambda: vals.pop(0), 0)
print(list(it), vals)
