it = iter(range(6))
pairs = list(zip(it, it))
print(pairs)
