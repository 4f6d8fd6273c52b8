data = [1, 2, 3, 4]
print([y for y in (x * 10 for x in data) if y > 15])
