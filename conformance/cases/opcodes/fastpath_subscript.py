# Indexing fast paths must leave every other case to the general path.
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3], xs[True], xs[False])
t = (1, 2, 3)
print(t[1], t[-2])


class L(list):
    def __getitem__(self, i):
        return ('L', i)

    def __setitem__(self, i, v):
        print('set', i, v)


class T(tuple):
    def __getitem__(self, i):
        return ('T', i)


l = L([1, 2, 3])
tt = T((4, 5, 6))
for i in range(3):
    print(l[i], tt[i])
    l[i] = i * 2
print(list(l), list(tt))


class Plain(list):
    pass


p = Plain([7, 8, 9])
p[0] = 70
print(p[0], p[-1], p)

# Replacing __getitem__ on the class mid-loop.
class M(list):
    pass


m = M([1, 2, 3])
out = []
for i in range(3):
    out.append(m[i])
    if i == 0:
        M.__getitem__ = lambda self, k: 'patched%d' % k
print(out)

xs[1] = 'two'
xs[-1] = 'three'
print(xs)
for bad in (3, -4, 10 ** 30):
    try:
        xs[bad]
    except IndexError as e:
        print('get', type(e).__name__, e)
    try:
        xs[bad] = 0
    except IndexError as e:
        print('set', type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print('tuple', e)
try:
    xs['a']
except TypeError as e:
    print(type(e).__name__)
try:
    xs[1.0] = 2
except TypeError as e:
    print(type(e).__name__)


class Big:
    def __index__(self):
        return 2


print(xs[Big()])
xs[Big()] = 'big'
print(xs)
# The list changes size while indexing in a loop.
ys = [0, 1, 2, 3, 4]
i = 0
while i < len(ys):
    if ys[i] % 2:
        del ys[i]
    else:
        ys[i] = ys[i] * 10
        i += 1
print(ys)
