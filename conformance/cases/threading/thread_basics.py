import threading
out = []
def work(a, b, c=0):
    out.append((a, b, c, threading.current_thread().name))
t = threading.Thread(target=work, args=(1, 2), kwargs={'c': 3}, name='w1')
print(t.name, t.ident is None, t.is_alive(), t.daemon)
t.start()
t.join()
t.join(1.0)
print(out, t.is_alive(), type(t.ident) is int)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.active_count(), len(threading.enumerate()))
print(threading.enumerate()[0] is threading.main_thread())
t.name = 'renamed'
t.name = t.name + '!'
print(t.name)
class Sub(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
        self.inside = (threading.current_thread() is self, threading.active_count(),
                       self.is_alive(), threading.get_ident() == self.ident,
                       threading.get_ident() != threading.main_thread().ident,
                       self in threading.enumerate())
ts = [Sub(i * 10) for i in range(4)]
for s in ts:
    s.start()
for s in ts:
    s.join()
print([s.result for s in ts], ts[0].inside)
print(threading.active_count())
d = threading.Thread(target=out.append, args=('daemon run',), daemon=True)
print(d.daemon)
d.start()
d.join()
print(out[-1])
d2 = threading.Thread(target=out.append, args=(0,))
d2.daemon = True
print(d2.daemon)
print(threading.TIMEOUT_MAX > 1e9, threading.ThreadError is RuntimeError)
print(threading.get_ident() == threading.main_thread().ident)
print(repr(threading.Thread(name='x')))
r = threading.Thread(name='y', target=len, args=('ab',))
r.start()
r.join()
print(repr(r).startswith('<Thread(y, stopped '))
class Named(threading.Thread):
    pass
print(repr(Named(name='n')))
