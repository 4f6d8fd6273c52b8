import bisect
print(bisect.bisect_left([1, 2, 3], 2, 0, None) if False else bisect.bisect_left([1, 2, 3], 2, 0, 3))
bisect.bisect_left([1, 2, 3], 'x')
