# -*- coding: latin-1 -*-
# Dynamic programming: edit distance, LIS with bisect, knapsack with lru_cache.
from bisect import bisect_left
from functools import lru_cache


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def lis(seq):
    tails = []
    for x in seq:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def knapsack(weights, values, capacity):
    @lru_cache(maxsize=None)
    def best(i, cap):
        if i == len(weights):
            return 0
        skip = best(i + 1, cap)
        if weights[i] <= cap:
            return max(skip, values[i] + best(i + 1, cap - weights[i]))
        return skip
    return best(0, capacity)


print(edit_distance("kitten", "sitting"))
print(lis([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
print(knapsack((1, 3, 4, 5), (1, 4, 5, 7), 7))
