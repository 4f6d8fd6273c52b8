import abc
import functools
import inspect
import collections.abc as cabc
import operator
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        """Area."""
    @abc.abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def perimeter(self): return 2 * 3.14159 * self.r
class Half(Shape):
    def area(self): return 1
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError")
print(Circle(2).describe(), isinstance(Circle(1), Shape), Shape.__abstractmethods__ == frozenset(['area', 'perimeter']))
class Meta(abc.ABCMeta): pass
class Base(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Base), isinstance(Duck(), Base), issubclass(int, Base))
Base.register(int)
print(issubclass(int, Base))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
class MyMap(cabc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(sorted(self._d))
    def __len__(self): return len(self._d)
m = MyMap({'b': 2, 'a': 1})
print(list(m), m.get('z', 0), 'a' in m, list(m.items()), m == {'a': 1, 'b': 2}, list(m.keys()))
@functools.singledispatch
def show(x):
    return "object %r" % (x,)
@show.register(int)
def _(x):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show('s'), show(True), show.registry[int].__name__ if False else sorted(k.__name__ for k in show.registry))
def func(a, b=2, *args, c, d=4, **kw):
    """Doc."""
    pass
sig = inspect.signature(func)
print(sig, list(sig.parameters), sig.parameters['b'].default, sig.parameters['c'].kind)
print(inspect.isfunction(func), inspect.isclass(Circle), inspect.getdoc(func), inspect.ismethod(Circle(1).area))
print(inspect.getmro(Circle)[1].__name__, [n for n, _ in inspect.getmembers(Circle, inspect.isfunction)])
bound = sig.bind(1, c=3)
print(sorted(bound.arguments.items()))
try:
    sig.bind()
except TypeError as e:
    print("TypeError")
print(operator.add(1, 2), operator.itemgetter(1, 0)('ab'), operator.attrgetter('r')(Circle(5)), operator.neg(3), operator.contains([1], 1), operator.truth(0))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *a, **k):
        print("making", cls.__name__)
        return super().__call__(*a, **k)
class Plugin(metaclass=Registry):
    def __init__(self, x): self.x = x
class Sub(Plugin): pass
print(Registry.classes, Sub(3).x)
def add_repr(cls):
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt(1, 'a'), [Pt(0, 0)])
class Base2:
    @classmethod
    def create(cls): return cls()
    def __repr__(self): return type(self).__name__
class Child2(Base2):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj
print(Child2.create(), Child2.create().extra)
