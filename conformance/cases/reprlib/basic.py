import reprlib
r = reprlib.repr
print(r('x' * 100))
print(r('short'), r(''))
print(r(list(range(20))), r([]), r([1]))
print(r(tuple(range(3))), r((1,)), r(tuple(range(10))))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': 2}))
print(r(2 ** 200), r(12345))
print(r([[[[[[[[1]]]]]]]]))
print(r([[[[[[[1]]]]]], 'x' * 40]))
print(r(object)[:7], r(None), r(1.5), r(True))
class Big(object):
    def __repr__(self):
        return '<' + 'B' * 50 + '>'
print(r(Big()))
class Broken(object):
    def __repr__(self):
        raise ValueError('no repr')
print(r(Broken()).startswith('<Broken instance at 0x'))
from collections import deque
print(r(deque(range(10))))
import array
print(r(array.array('i', range(10))))
aRepr = reprlib.Repr()
aRepr.maxlist = 2
aRepr.maxstring = 10
aRepr.maxlevel = 1
print(aRepr.repr([1, 2, 3]), aRepr.repr('abcdefghijklmnop'), aRepr.repr([[1], [2]]))
print(aRepr.repr1([1, 2, 3], 0), aRepr.repr({'k': [1]}))
print(reprlib.aRepr.maxdict, reprlib.aRepr.maxother, reprlib.aRepr.maxlong)
