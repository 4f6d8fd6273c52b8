import threading
l = threading.Lock()
print(type(l).__name__, l.locked())
print(l.acquire(), l.locked())
print(l.acquire(False), l.acquire(timeout=0.01), l.acquire(True, 0))
l.release()
print(l.locked())
with l:
    print('in with', l.locked())
print(l.locked())
try:
    l.acquire(blocking=False, timeout=1)
except ValueError as e:
    print('ValueError', e)
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError', e)
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
with r:
    with r:
        print('nested rlock')
def other():
    print('other thread acquires held RLock:', r.acquire(False))
    print('other thread lock:', l.acquire(False))
    l.release()
with r:
    t = threading.Thread(target=other)
    t.start()
    t.join()
print(l.locked())
import _thread
a = _thread.allocate_lock()
print(type(a) is _thread.LockType, a.acquire(), a.locked(), a.acquire(0))
a.release()
print(_thread.error is RuntimeError, type(_thread.get_ident()) is int)
