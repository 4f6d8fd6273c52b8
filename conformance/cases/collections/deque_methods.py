from collections import deque
d = deque('abc')
d.extend('de')
d.extendleft('xy')
print(d, len(d), d.count('a'), 'c' in d)
d.remove('c')
d.reverse()
print(d, list(reversed(d)))
d.rotate(-2)
print(d)
d.rotate(10)
print(d, d[2], d[-2])
d[0] = 'Z'
del d[1]
print(d)
c = deque(d)
d.clear()
print(d, c, bool(d), bool(c))
