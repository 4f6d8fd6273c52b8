import queue
l = queue.LifoQueue()
for x in 'abc':
    l.put(x)
print(l.get(), l.get(), l.qsize(), l.get(), l.empty())
p = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e')]:
    p.put(item)
out = []
while not p.empty():
    out.append(p.get())
print(out)
p = queue.PriorityQueue(maxsize=2)
p.put(5)
p.put(4)
print(p.full())
try:
    p.put_nowait(1)
except queue.Full:
    print('full')
print(p.get_nowait(), p.get_nowait())
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(sorted(n for n in queue.__all__ if n != 'SimpleQueue'))
