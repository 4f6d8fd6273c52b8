from collections import deque
import copy
a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a < b, a == deque([1, 2, 3]), a != b, a >= b, a == [1, 2, 3])
c = copy.copy(a)
e = copy.deepcopy(deque([[1], [2]], maxlen=4))
print(c, c is a, e, e.maxlen)
print([x * 2 for x in a], sum(a), max(a))
