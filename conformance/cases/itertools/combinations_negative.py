from itertools import combinations
combinations('abc', -1)
