from collections import deque
d = deque([1, 2, 3])
print(d[-3], d[2])
d[3]
