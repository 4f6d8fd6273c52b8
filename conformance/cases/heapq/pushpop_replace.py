import heapq
h = [1, 3, 5]
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h))
