import threading
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
with s:
    print('sem with')
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(1))
e.clear()
print(e.is_set())
c = threading.Condition()
with c:
    c.notify()
    c.notify_all()
    print(c.wait(0.01), c.wait_for(lambda: 5, 0.01), c.wait_for(lambda: 0, 0.01))
try:
    c.notify()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    c.wait(0.01)
except RuntimeError as e:
    print('RuntimeError', e)
calls = []
t = threading.Timer(0.01, calls.append, args=['fired'])
t.start(); t.join()
t2 = threading.Timer(0.01, calls.append, args=['never'])
t2.cancel(); t2.start(); t2.join()
print(calls)
bar = threading.Barrier(1, action=lambda: calls.append('action'))
print(bar.wait(), bar.parties, bar.n_waiting, bar.broken, calls)
bar2 = threading.Barrier(2)
try:
    bar2.wait(0.01)
except threading.BrokenBarrierError:
    print('BrokenBarrierError', bar2.broken)
bar2.reset()
print(bar2.broken)
bar2.abort()
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print('broken after abort')
done = threading.Event()
def setter():
    done.set()
w = threading.Thread(target=setter)
w.start()
w.join()
print(done.wait(), done.is_set())
