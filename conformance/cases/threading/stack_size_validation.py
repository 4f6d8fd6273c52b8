import threading
print(threading.stack_size())
print(threading.stack_size(2**27))
print(threading.stack_size(0))
for v in [-1, 0, 1000, 32767, 32768, 2**62, 2**63, 1.5, 'x', True]:
    try:
        print(v, threading.stack_size(v))
    except Exception as e:
        print(v, type(e).__name__, e)
threading.stack_size(0)
import _thread
print(_thread.stack_size(65536), _thread.stack_size())
threading.stack_size(1000)
