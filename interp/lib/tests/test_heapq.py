import heapq
import random
from kaa_check import show

rng = random.Random(12345)
for trial in range(30):
    data = [rng.randrange(50) for _ in range(rng.randrange(0, 40))]
    h = []
    for x in data:
        heapq.heappush(h, x)
    print("push", h)
    out = [heapq.heappop(h) for _ in range(len(h))]
    print("pop", out, out == sorted(data))
    h2 = list(data)
    heapq.heapify(h2)
    print("heapify", h2)
    if h2:
        print("replace", heapq.heapreplace(h2, 25), h2)
    print("pushpop", heapq.heappushpop(h2, 10), h2)
    print("pushpop2", heapq.heappushpop([], 3))
    for n in (-1, 0, 1, 2, 3, 5, 10, 100):
        print("ns", n, heapq.nsmallest(n, data), heapq.nsmallest(n, iter(data)))
        print("nl", n, heapq.nlargest(n, data), heapq.nlargest(n, iter(data)))
        pairs = [(x % 7, i) for i, x in enumerate(data)]
        print("nsk", n, heapq.nsmallest(n, pairs, key=lambda p: p[0]),
              heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]))
        print("nlk", n, heapq.nlargest(n, pairs, key=lambda p: p[0]),
              heapq.nlargest(n, iter(pairs), key=lambda p: p[0]))
    parts = [sorted(rng.randrange(20) for _ in range(rng.randrange(5))) for _ in range(4)]
    print("merge", parts, list(heapq.merge(*parts)))

print(list(heapq.merge()))
print(list(heapq.merge([1, 3, 5])))
print(list(heapq.merge([], [2], [])))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c'), (3, 'd')])))
print(list(heapq.merge('ace', 'bdf', 'abz')))
show("pop empty", lambda: heapq.heappop([]))
show("replace empty", lambda: heapq.heapreplace([], 1))
show("push unorderable", lambda: heapq.heappush([1], 'a'))
show("nsmallest str", lambda: heapq.nsmallest(2, "hello world"))
show("nlargest str", lambda: heapq.nlargest(3, "hello world"))
show("nsmallest key", lambda: heapq.nsmallest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
show("nlargest key", lambda: heapq.nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
show("nsmallest gen 1", lambda: heapq.nsmallest(1, (x for x in [])))
show("nlargest set", lambda: heapq.nlargest(2, {5, 1, 9}))
show("all", lambda: sorted(heapq.__all__))
h = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(4)])
