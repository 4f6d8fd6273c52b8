from itertools import count, cycle, chain, islice, takewhile, accumulate
print(list(takewhile(lambda x: x < 30, accumulate(count(1)))))
print(list(islice(chain.from_iterable(cycle([[1, 2], [3]])), 7)))
print(next(filter(lambda n: n * n > 500, count())))
