# _random.Random: the Mersenne Twister core, as CPython's.
import _random

r = _random.Random()
for s in [0, 1, 42, -42, 2**32, 2**100 + 7, 123456789]:
    r.seed(s)
    print(s, [r.random() for i in range(3)])
    print([r.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 65, 100)])
r.seed(5)
st = r.getstate()
print(len(st), st[-1], st[:3])
a = [r.random() for i in range(700)]
r.setstate(st)
b = [r.random() for i in range(700)]
print(a == b, a[-1])
print(r.getrandbits(1000) % 1000003)
# getrandbits(0) and (-1): 3.4 raises "number of bits must be greater than zero"; 3.9+ differs (not compared)
try:
    r.setstate((1, 2))
except ValueError as e:
    print("ValueError", e)
try:
    r.setstate([1] * 625)
except TypeError as e:
    print("TypeError", e)

class R(_random.Random):
    pass

x = R()
x.seed(99)
print(x.random(), x.getrandbits(20))
