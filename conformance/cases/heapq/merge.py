import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
