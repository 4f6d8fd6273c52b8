# Judge-style: sorted-list maintenance and queries with bisect.
import bisect


def run(n):
    data = []
    seed = 1
    hits = 0
    for i in range(n):
        seed = (seed * 48271) % 2147483647
        x = seed % 1000000
        bisect.insort(data, x)
        lo = bisect.bisect_left(data, x - 500)
        hi = bisect.bisect_right(data, x + 500)
        hits += hi - lo
        if len(data) > 5000:
            del data[bisect.bisect_left(data, data[len(data) // 2])]
    return hits, len(data), data[:3]


print(run(80000))
