import operator
from kaa_check import show, py34

values = [0, 1, -3, 7, 2.5, -0.0, True, 10 ** 20, 'ab', [1], (2,), None, {1}, b'x']
binary = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'add', 'and_', 'floordiv', 'lshift', 'mod',
          'mul', 'or_', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'is_', 'is_not',
          'concat', 'contains', 'countOf', 'indexOf', 'getitem',
          'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'ior',
          'ipow', 'irshift', 'isub', 'itruediv', 'ixor']
unary = ['not_', 'truth', 'abs', 'index', 'inv', 'invert', 'neg', 'pos', 'length_hint']
small = [0, 1, -3, 7, 2.5, True, 'ab', [1, 'ab'], (2, 1), None, {1}, b'x']
for name in binary:
    f = getattr(operator, name)
    dunder = getattr(operator, '__%s__' % name.rstrip('_'), None)
    for a in small:
        for b in small:
            if name == 'pow' and isinstance(a, int) and isinstance(b, int) and b > 5:
                continue
            show('%s(%r, %r)' % (name, a, b), lambda: f(a, b))
    if dunder is not None:
        print(name, dunder is f)
for name in unary:
    f = getattr(operator, name)
    for a in values:
        show('%s(%r)' % (name, a), lambda: f(a))

l = [1, 2, 3]
operator.setitem(l, 1, 'x'); print(l)
operator.delitem(l, 0); print(l)
operator.setitem(l, slice(0, 1), [7, 8]); print(l)
show("delitem bad", lambda: operator.delitem(l, 10))
show("getitem dict", lambda: operator.getitem({'a': 1}, 'a'))
show("getitem missing", lambda: operator.getitem({'a': 1}, 'b'))
li = [1]
print(operator.iadd(li, [2]) is li, li)
print(operator.iconcat(li, (3,)) is li, li)
show("concat dict", lambda: operator.concat({}, {}))
show("iconcat int", lambda: operator.iconcat(1, 2))
show("indexOf missing", lambda: operator.indexOf([1, 2], 3))
show("countOf", lambda: operator.countOf([1, 2, 1, 1.0, True], 1))
show("countOf iter", lambda: operator.countOf(iter('banana'), 'a'))
show("index float", lambda: operator.index(1.5))
show("index bool", lambda: operator.index(True))

class Hint:
    def __length_hint__(self):
        return 12
class BadHint:
    def __length_hint__(self):
        return 'x'
class NegHint:
    def __length_hint__(self):
        return -1
class NIHint:
    def __length_hint__(self):
        return NotImplemented
show("hint", lambda: operator.length_hint(Hint()))
show("hint iter", lambda: operator.length_hint(iter([1, 2, 3])))
show("hint default", lambda: operator.length_hint(object(), 5))
show("hint bad", lambda: operator.length_hint(BadHint()))
show("hint neg", lambda: operator.length_hint(NegHint()))
show("hint NI", lambda: operator.length_hint(NIHint(), 4))
show("hint bad default", lambda: operator.length_hint([], 'a'))

class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
p = P(name=P(first='Ada', last='L'), age=36)
show("attrgetter", lambda: operator.attrgetter('age')(p))
show("attrgetter dotted", lambda: operator.attrgetter('name.first', 'name.last', 'age')(p))
show("attrgetter missing", lambda: operator.attrgetter('nope')(p))
show("attrgetter int", lambda: operator.attrgetter(1))
py34("attrgetter none", lambda: operator.attrgetter(), "TypeError: attrgetter expected 1 arguments, got 0")
show("itemgetter", lambda: operator.itemgetter(1)('abc'))
show("itemgetter multi", lambda: operator.itemgetter(0, 2, -1)('abcdef'))
show("itemgetter slice", lambda: operator.itemgetter(slice(1, 3))([1, 2, 3, 4]))
show("itemgetter dict", lambda: operator.itemgetter('a', 'b')({'a': 1, 'b': 2}))
show("itemgetter miss", lambda: operator.itemgetter(5)([1]))
py34("itemgetter none", lambda: operator.itemgetter(), "TypeError: itemgetter expected 1 arguments, got 0")
show("sorted", lambda: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=operator.itemgetter(1)))
show("methodcaller", lambda: operator.methodcaller('split', ',')('a,b,c'))
show("methodcaller kw", lambda: operator.methodcaller('split', sep=',', maxsplit=1)('a,b,c'))
show("methodcaller none", lambda: operator.methodcaller())
show("methodcaller int", lambda: operator.methodcaller(3))
show("methodcaller missing", lambda: operator.methodcaller('nope')(1))
py34("itemgetter repr", lambda: repr(operator.itemgetter(1)).split(' at ')[0],
     "'<operator.itemgetter object'")
py34("attrgetter repr", lambda: repr(operator.attrgetter('a')).split(' at ')[0],
     "'<operator.attrgetter object'")
py34("methodcaller repr", lambda: repr(operator.methodcaller('a')).split(' at ')[0],
     "'<operator.methodcaller object'")
