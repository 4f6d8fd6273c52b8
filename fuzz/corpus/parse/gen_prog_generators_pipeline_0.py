# Generated program: a lazy generator pipeline (compact).
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def answer(source, width):
    window = []
    for n in source:
        window.append(n)
        if len(window) > width:
            del window[0]
        if len(window) == width:
            yield sum(window) / width


print(list(answer(evens(numbers(20)), 3)), end=' ')
