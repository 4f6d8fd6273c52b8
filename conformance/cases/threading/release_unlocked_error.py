import threading
lock = threading.Lock()
with lock:
    print('held', lock.locked())
lock.release()
