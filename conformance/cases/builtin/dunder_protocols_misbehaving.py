# Operator overloading, reflected ops, __index__/__len__/__bool__/__hash__
# returning the wrong kind, as judge and agent code meets them.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __repr__(self): return 'V(%r)' % self.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __bool__(self): return self.x != 0
    def __len__(self): return 5
    def __index__(self): return self.x
    def __format__(self, spec): return 'V<%s>' % spec
    def __round__(self, n=None): return ('round', n)
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
print(V(1) + 2, 3 + V(1), sum([V(1), V(2)], V(0)))
v = V(1); v += 1; print(v)
print(sorted([V(3), V(1), V(2)]), max(V(3), V(5)))
print(bool(V(0)), len(V(0)), [1,2,3,4][V(1)], bin(V(5)), hex(V(255)), oct(V(8)))
print(format(V(1), 'xyz'), '{:abc}'.format(V(2)))
print(round(V(1)), round(V(1), 2), -V(3), abs(V(-3)), ~V(0))
print(range(10)[V(2)], 'abc'[V(1)], [0]*V(3), V(2) in {V(2)})
import operator
print(operator.index(V(7)), list(range(V(3))))
class B:
    def __bool__(self): return 1
try:
    bool(B())
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try:
    len(L())
except ValueError as e: print(e)
class L2:
    def __len__(self): return 'a'
try:
    len(L2())
except TypeError as e: print(e)
class L3:
    def __len__(self): return 2**100
try:
    len(L3())
except OverflowError as e: print(e)
try:
    bool(L())
except ValueError as e: print(e)
class I:
    def __index__(self): return 'x'
try:
    [1][I()]
except TypeError as e: print(e)
try:
    operator.index(1.5)
except TypeError as e: print(e)
class N:
    def __int__(self): return 3.5
try:
    int(N())
except TypeError as e: print(e)
class R:
    def __repr__(self): return 5
try:
    repr(R())
except TypeError as e: print(e)
class S:
    def __str__(self): return None
try:
    str(S())
except TypeError as e: print(e)
class H:
    def __hash__(self): return 'h'
try:
    hash(H())
except TypeError as e: print(e)
class H2:
    def __hash__(self): return 2**70
print(hash(H2()) == hash(2**70))
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e: print(e)
