import heapq, copy, calendar, array, io, types, abc, os, bisect, operator, keyword, numbers
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8], key=lambda x: -x), heapq.nlargest(2, 'abc', key=ord), heapq.nsmallest(10, [3, 1]))
h = [5, 3, 8]; heapq.heapify(h); print(h, heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h, heapq.nlargest(0, [1]), heapq.nsmallest(1, []))
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect([1, 3], 2, 0, 1))
a = [1, 3]; bisect.insort(a, 2); bisect.insort_left(a, 3); print(a)
class Cp:
    def __init__(self): self.l = [1]
x = Cp(); y = copy.copy(x); z = copy.deepcopy(x); print(y.l is x.l, z.l is x.l, z.l == x.l)
heapq.heappop([])
