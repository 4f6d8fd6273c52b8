# attack: threading must not create host threads: a started thread runs to its end inside start(), and a lock wait that no other thread can end fails at once instead of hanging until the limit
# expect: ok  limits: wall=1
# stdout: "ran 1\nRuntimeError deadlock\n"
import threading
seen = []
t = threading.Thread(target=seen.append, args=(1,))
t.start()
print('ran', len(seen))
lock = threading.Lock()
lock.acquire()
try:
    lock.acquire()
    print('acquired twice!')
except RuntimeError as e:
    print('RuntimeError', str(e).split(':')[0])
