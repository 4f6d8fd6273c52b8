d = {x: x ** 2 for x in range(6) if x % 2 == 0}
print(sorted(d.items()))
