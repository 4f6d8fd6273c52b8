(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
