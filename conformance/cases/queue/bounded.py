import queue
q = queue.Queue(2)
q.put(1)
q.put(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full as e:
    print('Full', repr(e))
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
try:
    q.put(3, False)
except queue.Full:
    print('Full non-blocking')
print(q.get(), q.full())
q.put(3)
print(list(q.queue))
z = queue.Queue(-1)
for i in range(100):
    z.put(i)
print(z.full(), z.qsize())
