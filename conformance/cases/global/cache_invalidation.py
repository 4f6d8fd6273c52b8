# LoadGlobal must see every change to the module globals and the builtins.
import builtins

counter = 0


def read_counter():
    return counter


def rebinding_loop():
    global counter
    seen = []
    for i in range(4):
        seen.append(read_counter())
        counter = i * 10
    return seen


print(rebinding_loop())


def use_len(xs):
    return len(xs)


out = []
for i in range(4):
    out.append(use_len([1, 2, 3]))
    if i == 1:
        len = lambda xs: 'shadowed'
    if i == 2:
        del len
print(out)

# Monkeypatching a builtin mid-loop.
def use_abs(x):
    return abs(x)


real_abs = builtins.abs
out = []
for i in range(4):
    out.append(use_abs(-5))
    if i == 0:
        builtins.abs = lambda x: 'patched'
    if i == 2:
        builtins.abs = real_abs
print(out)

# Deleting a global used by a function.
victim = 'here'


def read_victim():
    return victim


print(read_victim())
del victim
try:
    read_victim()
except NameError as e:
    print('NameError', e)
victim = 'back'
print(read_victim())

# Writing through globals() and the module dict.
def read_g():
    return g_value


g_value = 1
out = []
for i in range(3):
    out.append(read_g())
    globals()['g_value'] = i + 100
print(out)

# exec with its own globals, and a missing builtin.
ns = {'x': 5}
exec('def f():\n    return x + len([1])\n', ns)
print(ns['f']())
ns['x'] = 7
print(ns['f']())
ns['len'] = lambda xs: 1000
print(ns['f']())


def missing():
    return no_such_name


for _ in range(2):
    try:
        missing()
    except NameError as e:
        print('NameError', e)
no_such_name = 'defined later'
print(missing())

# A global rebound to an object with __del__ is freed at once.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


held = Noisy(1)


def touch():
    return held.n


print(touch())
held = Noisy(2)
print('rebound')
print(touch())
held = None
print('end')
