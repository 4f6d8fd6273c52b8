from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.rotate(1)
print(d, len(d), d[0], d[-1])
