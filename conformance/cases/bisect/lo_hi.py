import bisect
a = list(range(0, 100, 10))
print(bisect.bisect_left(a, 35, 2, 5), bisect.bisect_right(a, 50, 0, 3))
