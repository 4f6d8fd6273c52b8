# An exception in a thread's target is printed to (the current) sys.stderr
# and does not reach the code that started or joined the thread.
import threading, sys, io
saved = sys.stderr
sys.stderr = captured = io.StringIO()
def bad():
    print('before')
    raise ValueError('boom')
t = threading.Thread(target=bad, name='T')
t.start()
t.join()
print('after', t.is_alive())
def leave():
    sys.exit(3)
s = threading.Thread(target=leave)
s.start()
s.join()
print('still here')
class Boom(threading.Thread):
    def run(self):
        {}['missing']
b = Boom(name='B')
b.start()
b.join()
sys.stderr = saved
lines = captured.getvalue().splitlines()
print(lines[0])
print(lines[1])
print([l for l in lines if l and not l.startswith(' ')])
print('done')
