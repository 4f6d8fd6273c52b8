# cmp_to_key wrappers: every rich comparison calls mycmp(self.obj, other.obj)
# and compares the result with 0; calls are made in the sort's order; errors
# from mycmp propagate; a non-wrapper operand is a TypeError.
import functools

log = []


def cmp(a, b):
    log.append((a, b))
    return (a > b) - (a < b)


K = functools.cmp_to_key(cmp)
a, b = K(1), K(2)
print(a < b, a > b, a == b, a <= b, a >= b, a != b, a.obj, b.obj)
print(len(log))
print(sorted([3, 1, 2], key=K), sorted('hello', key=K, reverse=True))
print(min([4, 2, 9], key=K), max([4, 2, 9], key=K))
print(sorted([2.5, 1, 3], key=functools.cmp_to_key(lambda x, y: x - y)))
print(sorted(['b', 'a'], key=functools.cmp_to_key(lambda x, y: 0.5 if x > y else -0.5)))
try:
    hash(a)
except TypeError:
    print('TypeError')
a.obj = 7
print(a.obj, a > b)
try:
    a.other = 1
except AttributeError:
    print('AttributeError')
try:
    a < 5
except TypeError as e:
    print('TypeError', e)


def broken(x, y):
    raise KeyError('cmp')


try:
    sorted([1, 2, 3], key=functools.cmp_to_key(broken))
except KeyError as e:
    print('KeyError', e)
sorted([1, 2], key=functools.cmp_to_key(broken))
