import heapq
data = [('a', 5), ('b', 1), ('c', 8), ('d', 3), ('e', 8)]
print(heapq.nlargest(2, data, key=lambda t: t[1]), heapq.nsmallest(2, data, key=lambda t: t[1]))
print(heapq.nlargest(0, data), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(1, [4, 7, 1]), heapq.nsmallest(1, [4, 7, 1], key=lambda v: -v))
print(heapq.nlargest(3, iter(range(100))), heapq.nsmallest(2, 'hello'), heapq.nlargest(-1, [1]))
