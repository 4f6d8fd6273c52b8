import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapq.heapify(l)
print(l, [heapq.heappop(l) for _ in range(len(l))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
