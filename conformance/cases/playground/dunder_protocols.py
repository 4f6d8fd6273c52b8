class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        del obj.__dict__[self.name]

class Person:
    name = Typed('name', str)
    age = Typed('age', int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('ann', 30)
print(p.name, p.age, Person.name.kind)
try:
    p.age = 'old'
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)

class Lazy:
    def __init__(self):
        self.loaded = []
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        self.loaded.append(name)
        value = name.upper()
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.foo, lz.foo, lz.bar, lz.loaded)
try:
    lz._secret
except AttributeError as e:
    print("AttributeError:", e)

class Audit:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(k)
        object.__setattr__(self, k, v)
    def __getattribute__(self, k):
        if k == 'magic':
            return 42
        return object.__getattribute__(self, k)
    def __delattr__(self, k):
        self.log.append('del ' + k)
        object.__delattr__(self, k)
a = Audit()
a.x = 1
a.y = 2
del a.x
print(a.log, a.magic, hasattr(a, 'x'))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __format__(self, spec):
        if spec == 'usd':
            return '$%d.%02d' % divmod(self.cents, 100)
        return format(self.cents, spec)
    def __repr__(self):
        return 'Money(%d)' % self.cents
    def __index__(self):
        return self.cents
    def __bool__(self):
        return self.cents != 0
    __hash__ = None
ms = [Money(150), Money(99), Money(1)]
print(sum(ms), sorted(ms), '{:usd} {:>6}'.format(Money(12345), Money(7)), Money(1) == 1, Money(1) != Money(2))
print(bin(Money(5)), [0, 1, 2, 3, 4, 5, 6][Money(3)], bool(Money(0)), 'yes' if Money(3) else 'no')
try:
    hash(Money(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) + 'x'
except TypeError as e:
    print("TypeError:", e)
try:
    'x' + Money(1)
except TypeError as e:
    print("TypeError")

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1, 2])) if False else [x for x in Seq()])
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2)
print(2 in b, 5 not in b, len(b), list(b), bool(b))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Slots:
    __slots__ = ['a']
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    Slots().a
except AttributeError as e:
    print("AttributeError")
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) in [Cmp(1)])
try:
    {Cmp(1)}
except TypeError as e:
    print("TypeError:", e)
class Call:
    def __call__(self, *a, **k):
        return (a, sorted(k))
print(Call()(1, x=2), callable(Call()))
class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx('a') as c1, Ctx('b', True) as c2:
    print("body", c1.name, c2.name)
    raise ValueError("in body")
print("after with")
