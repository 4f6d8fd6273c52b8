import bisect
a = [1, 3, 3, 5]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a)
