import queue
q = queue.Queue()
print(q.empty(), q.full(), q.qsize(), q.maxsize)
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty())
print([q.get() for _ in range(3)])
q.put_nowait('x')
print(q.get_nowait(), q.get(), q.get(True, 1))
print(q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), type(e).__mro__[1].__name__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get(False)
except queue.Empty:
    print('Empty non-blocking')
