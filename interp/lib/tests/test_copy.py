import copy
from kaa_check import show

class Plain:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Plain(%r)' % (self.v,)

class Slotted:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = [1]
        self.__b = 2
    def get(self):
        return (self.a, self.__b)

class Both(Slotted):
    __slots__ = ('c', '__dict__')

class Hooks:
    def __init__(self):
        self.log = []
    def __copy__(self):
        return 'copied'
    def __deepcopy__(self, memo):
        return ('deep', len(memo) >= 0)

class State:
    def __init__(self):
        self.x = [1, 2]
        self.y = 'skip'
    def __getstate__(self):
        return {'x': self.x}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True

class Reducer:
    def __init__(self, a, b=None):
        self.a = a
        self.b = b
    def __reduce__(self):
        return (Reducer, (self.a,), {'b': self.b})

class IntSub(int):
    pass

class ListSub(list):
    pass

class DictSub(dict):
    pass

for value in [1, 2.5, 'str', b'b', None, True, (1, 2), frozenset([1]), range(3), len, Plain, 3j, Ellipsis]:
    show("atomic copy %r" % (value,), lambda: copy.copy(value) is value)
    show("atomic deep %r" % (value,), lambda: copy.deepcopy(value) is value)

nested = [1, [2, 3], {'a': [4]}, (5, [6]), {7}, bytearray(b'x')]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append('X')
nested[2]['a'].append('Y')
nested[3][1].append('Z')
show("shallow", lambda: shallow)
show("deep", lambda: deep)
show("shallow ident", lambda: [a is b for a, b in zip(nested, shallow)])
show("deep ident", lambda: [a is b for a, b in zip(nested, deep)])
t = (1, 2, (3, 4))
show("tuple deep same", lambda: copy.deepcopy(t) is t)
t2 = (1, [2])
show("tuple deep new", lambda: (copy.deepcopy(t2) is t2, copy.deepcopy(t2)))
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
show("cycle", lambda: (dc[1] is dc, dc is not cyc, repr(dc)))
dcyc = {}
dcyc['me'] = dcyc
dd = copy.deepcopy(dcyc)
show("dict cycle", lambda: dd['me'] is dd)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
show("shared", lambda: dp[0] is dp[1])
memo = {}
a1 = copy.deepcopy(shared, memo)
a2 = copy.deepcopy(shared, memo)
show("memo", lambda: a1 is a2)
p = Plain([1, 2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
p.v.append(3)
show("plain", lambda: (pc, pd, type(pc).__name__, pc is p))
s = Slotted()
sc = copy.copy(s)
sd = copy.deepcopy(s)
s.a.append(9)
show("slots", lambda: (sc.get(), sd.get()))
b = Both()
b.c = 'c'
b.extra = [1]
bc = copy.deepcopy(b)
show("both", lambda: (bc.get(), bc.c, bc.extra, bc.extra is b.extra))
h = Hooks()
show("hooks", lambda: (copy.copy(h), copy.deepcopy(h)))
st = State()
stc = copy.copy(st)
std = copy.deepcopy(st)
show("state", lambda: (sorted(vars(stc)), stc.x is st.x, sorted(vars(std)), std.x is st.x))
r = Reducer([1], 'bee')
rc = copy.copy(r)
rd = copy.deepcopy(r)
show("reduce", lambda: (rc.a is r.a, rc.b, rd.a is r.a, rd.a, rd.b))
show("intsub", lambda: (copy.copy(IntSub(5)), type(copy.copy(IntSub(5))).__name__, copy.deepcopy(IntSub(7))))
ls = ListSub([1, [2]])
ls.attr = 'x'
lsc = copy.copy(ls)
lsd = copy.deepcopy(ls)
show("listsub", lambda: (lsc, type(lsc).__name__, lsc.attr, lsc[1] is ls[1], lsd[1] is ls[1], lsd))
ds = DictSub(a=[1])
dsc = copy.deepcopy(ds)
show("dictsub", lambda: (dsc, type(dsc).__name__, dsc['a'] is ds['a']))
def f():
    pass
show("function", lambda: (copy.copy(f) is f, copy.deepcopy(f) is f))
class M:
    def m(self):
        return self
mo = M()
bm = copy.deepcopy(mo.m)
show("method", lambda: (bm.__self__ is mo, type(bm.__self__).__name__))
show("class", lambda: (copy.copy(M) is M, copy.deepcopy(M) is M))
show("set", lambda: (copy.copy({1, 2}), copy.deepcopy({(1, 2)})))
show("error", lambda: issubclass(copy.Error, Exception) and copy.error is copy.Error)
import collections
show("collections", lambda: (copy.deepcopy(collections.OrderedDict([(1, [2])])), copy.copy(collections.deque([1], 3)),
                             copy.deepcopy(collections.Counter('aab')), copy.deepcopy(collections.defaultdict(list, {1: [2]}))))

class MyError(ValueError):
    pass
err = MyError('bad', 2)
err.note = [1]
show("exception copy", lambda: (repr(copy.copy(err)), copy.copy(err).args, copy.copy(err).note is err.note, copy.deepcopy(err).note is err.note, type(copy.deepcopy(err)).__name__))
show("slice copy", lambda: (copy.copy(slice(1, 2)), copy.deepcopy(slice(1, None, 3))))
import collections
class D(collections.deque):
    def __init__(self, iterable=()):
        collections.deque.__init__(self, iterable)
show("deque subclass copy", lambda: (type(copy.copy(D([1, 2]))).__name__, list(copy.copy(D([1, 2])))))
