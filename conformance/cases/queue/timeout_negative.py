import queue
q = queue.Queue()
q.put(1)
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
print(q.get(False, -1))
b = queue.Queue(1)
try:
    b.put(1, True, -5)
except ValueError as e:
    print(e)
queue.Queue().put(1, timeout=-1)
print('unbounded put ignores timeout')
q.get(timeout=-0.5)
