class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    @property
    def norm(self):
        return self.x ** 2 + self.y ** 2
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def make(cls, v):
        return cls(v, v)
p = Point(1, 2) + Point(3, 4)
print(p, p.norm, Point.origin(), Point.make(7), Point.count)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), len({Point(1, 2), Point(1, 2)}))
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]))
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(isinstance(D(), A), issubclass(D, C), issubclass(A, D), type(D()).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
d = Dyn()
d.v = 21
print(d.v, d.missing)
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), isinstance(m, list))
class MyInt(int):
    def double(self):
        return self * 2
print(MyInt(21).double(), MyInt(5) + 1)
class Desc:
    def __get__(self, obj, typ):
        return "got" if obj is not None else "class"
    def __set__(self, obj, v):
        obj.__dict__["stored"] = v
class Host:
    attr = Desc()
h = Host()
h.attr = 5
print(h.attr, Host.attr, h.stored)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with Ctx() as cx:
    raise ValueError("suppressed")
print("after with")
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __bool__(self): return self.v != 0
    def __len__(self): return 3
    def __call__(self, k): return self.v * k
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
    def __contains__(self, x): return x == 42
n = 1 + Num(2)
n += 5
print(n.v, bool(Num(0)), len(n), n(2), list(n), 42 in n, 41 in n)
try:
    class Bad(A, D): pass
except TypeError as e:
    print("TypeError:", e)
print(Point.__name__, Point.__qualname__, Point.__module__, repr(Point)[:20])
