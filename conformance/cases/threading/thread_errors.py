import threading
t = threading.Thread(target=len, args=('',))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    t.daemon = False
except RuntimeError as e:
    print('RuntimeError', e)
def me():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print('RuntimeError', e)
m = threading.Thread(target=me)
m.start()
m.join()
try:
    threading.Thread(group=1)
except AssertionError as e:
    print('AssertionError', e)
class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print('RuntimeError', e)
threading.main_thread().join()
