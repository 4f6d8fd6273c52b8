# -*- coding: latin-1 -*-
# The iterator protocol, itertools pipelines and generator expressions.
import itertools


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


def take(n, iterable):
    return list(itertools.islice(iterable, n))


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(Countdown(5)))
print(take(10, primes()))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
print([k for k, g in itertools.groupby('aaabbcdd')])
print(list(zip(*[iter(range(9))] * 3)))
