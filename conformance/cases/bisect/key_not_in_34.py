import bisect
try:
    bisect.bisect([1, 2], 1, key=None)
    print('accepted key')
except TypeError:
    print('TypeError')
