import bisect
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort_left(a, 2)
bisect.insort_right(a, 4)
bisect.insort(a, 0)
print(a)
print(bisect.bisect_left(a, 2, 3), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 5, hi=3))
b = []
for x in [5, 1, 4, 1]:
    bisect.insort(b, x)
print(b, bisect.bisect_left('abcde', 'c'), bisect.bisect_right((1, 2, 3), 2.5))
