def nat():
    n = 0
    while True:
        yield n
        n += 1
out = []
for x in nat():
    if x > 5:
        break
    out.append(x * x)
print(out)
