import threading, queue
q = queue.Queue()
results = []
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
p = threading.Thread(target=producer)
p.start()
p.join()
c = threading.Thread(target=consumer)
c.start()
c.join()
q.join()
print(results, q.empty())
lock = threading.Lock()
total = [0]
def add(n):
    for _ in range(n):
        with lock:
            total[0] += 1
ths = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in ths:
    t.start()
for t in ths:
    t.join()
print(total[0])
pq = queue.PriorityQueue()
workers = [threading.Thread(target=pq.put, args=((3 - i, 'job%d' % i),)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([pq.get_nowait() for _ in range(3)])
