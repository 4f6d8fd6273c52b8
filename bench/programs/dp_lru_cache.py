# Judge-style: dynamic programming with functools.lru_cache and a table DP.
import sys
from functools import lru_cache

sys.setrecursionlimit(10000)


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


s = ''.join('acgt'[(i * i + 3 * i) % 4] for i in range(600))
t = ''.join('acgt'[(i * 7 + i // 3) % 4] for i in range(600))
print(partitions(400, 400) % 1000000007, lcs(s, t))
