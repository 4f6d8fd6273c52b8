import bisect
bisect.insort([1, 2], 1, lo=-5)
