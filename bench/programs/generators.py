# Generators: pipelines of generator functions and generator expressions.
def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def windows(source, k):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == k:
            yield sum(buf)
            del buf[0]


def chained(n):
    yield from naturals(n)
    yield from (x * 2 for x in range(n))


total = sum(x % 1000 for x in windows(squares(naturals(300000)), 3))
evens = sum(1 for x in chained(200000) if x % 2 == 0)
print(total, evens)
