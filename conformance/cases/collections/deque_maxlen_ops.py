from collections import deque
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)
try:
    d.maxlen = 5
except AttributeError as e:
    print('AttributeError', e)
print(deque([1, 2], 5) == deque([1, 2]), repr(deque()), repr(deque([], 2)))
