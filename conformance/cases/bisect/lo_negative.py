import bisect
bisect.bisect_left([1, 2], 1, -1)
