import heapq
a = [(1, 'a'), (3, 'a')]
b = [(1, 'b'), (2, 'b')]
print(list(heapq.merge(a, b)), list(heapq.merge('ace', 'bd')))
print(list(heapq.merge(iter([1, 3]), iter([2]))), heapq.heappushpop([], 5))
