import heapq
l = [9, 4, 7, 1, 8, 2]
heapq.heapify(l)
print(l[0], heapq.nlargest(3, l), heapq.nsmallest(2, l), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
