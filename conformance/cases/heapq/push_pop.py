import heapq
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(5)])
