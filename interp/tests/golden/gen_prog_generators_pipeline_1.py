# Generated program: a lazy generator pipeline (verbose).
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def compute(source, width):
    window = []
    for n in source:
        window.append(n)
        if len(window) > width:
            del window[0]
        if len(window) == width:
            yield sum(window) / width


print(list(compute(evens(numbers(20)), 3)), end='\t')
