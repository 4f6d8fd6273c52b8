# In-place arithmetic on ints and floats (fast paths) and on everything else.
a = 1.5
a += 2.25
a -= 0.5
a *= 3.0
a /= 4.0
print(a)
inf = float('inf')
x = inf
x -= inf
print(x, x == x)
y = 1e308
y *= 10.0
print(y)
try:
    z = 1.0
    z /= 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    z = 1.0
    z //= 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError')
n = 2 ** 62
n += n
print(n)
n = -2 ** 63
n -= 1
print(n)
m = 3 ** 39
m *= 3 ** 39
print(m)
k = 7
k %= -3
print(k)
k = -7
k //= 2
print(k)
k = 6
k &= 3
k |= 8
k ^= 1
print(k)
k = 2
k **= 10
k <<= 3
k >>= 1
print(k)
s = 'ab'
s *= 3
print(s)
l = [1]
l2 = l
l += [2]
print(l, l2 is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
f = 2.5
f %= 1.0
print(f)
f = 3
f /= 2
print(f)
f = 3
f += 0.5
print(f)
b = True
b += 1
print(b)


class V:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __mul__(self, o):
        return V(self.v * o)


v = V(1)
w = v
v += 5
v *= 2
print(v.v, w.v, v is w)
xs = [1.0, 2.0, 3.0]
for i in range(3):
    xs[i] += 0.5
    xs[i] *= xs[i]
print(xs)
