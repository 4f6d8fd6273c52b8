from itertools import count, cycle, repeat, islice
print(list(islice(count(), 3)), list(islice(count(10, -2.5), 4)), list(islice(count(1, 0), 3)))
c = count(5)
next(c)
print(repr(c), repr(count(1.5, 0.5)), repr(count(0, 2)))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), repr(repeat(7, 2)))
print(list(map(pow, range(4), repeat(2))))
