def walk(n):
    if n > 0:
        yield from walk(n - 1)
        yield n
print(sum(walk(300)))
