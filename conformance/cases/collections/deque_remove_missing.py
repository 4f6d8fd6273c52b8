from collections import deque
deque([1, 2]).remove(3)
