import threading
loc = threading.local()
loc.x = 1
def worker():
    print('worker sees x:', hasattr(loc, 'x'))
    loc.x = 2
    loc.y = 'w'
    print('worker', loc.x, sorted(loc.__dict__))
t = threading.Thread(target=worker)
t.start()
t.join()
print('main x', loc.x, hasattr(loc, 'y'))
del loc.x
print(hasattr(loc, 'x'))
try:
    del loc.x
except AttributeError:
    print('AttributeError')
class MyLocal(threading.local):
    kind = 'cls'
    def __init__(self, v):
        self.v = v
        self.inits = getattr(self, 'inits', 0) + 1
    @property
    def double(self):
        return self.v * 2
    def show(self):
        return (self.kind, self.v, self.double)
ml = MyLocal(7)
def w2():
    print('w2', ml.v, ml.inits, ml.show())
    ml.v = 8
    print('w2', ml.show())
t = threading.Thread(target=w2)
t.start()
t.join()
print('main', ml.v, ml.inits, ml.show())
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
print(isinstance(ml, threading.local))
