class Animal(object):
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.name)
    def __str__(self):
        return self.name

class Dog(Animal):
    def __init__(self, name):
        super(Dog, self).__init__(name, "woof")
    def fetch(self):
        return self.name + " fetches"

class Puppy(Dog):
    def speak(self):
        base = super().speak()
        return base + " (squeaky)"

class Mixin:
    def describe(self):
        return "I am " + repr(self)

class ServiceDog(Mixin, Dog):
    pass

animals = [Animal("generic"), Dog("rex"), Puppy("bit"), ServiceDog("max")]
for a in animals:
    print(repr(a), str(a), a.speak())
print(Animal.count, ServiceDog.__mro__)
print([c.__name__ for c in Puppy.mro()])
print(isinstance(animals[2], Dog), issubclass(ServiceDog, Mixin), issubclass(Dog, Puppy))
print(animals[3].describe(), animals[1].fetch())
print(Dog.__bases__, Dog.__name__, Dog.__qualname__, Dog.__module__)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def __eq__(self, other): return isinstance(other, Sq) and self.s == other.s
    def __hash__(self): return hash(self.s)
    def __lt__(self, other): return self.area() < other.area()
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sorted([Sq(3), Sq(1), Sq(2)], key=lambda s: s.s)[0].s, Sq(2) == Sq(2), len({Sq(1), Sq(1)}))
print(min(Sq(3), Sq(1)).s)
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return "Vec(%r, %r)" % (self.x, self.y)
v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 2 * v, -v, abs(v), list(v), v[1], len(v), bool(Vec(0, 0)))
x, y = v
print(x, y)
try:
    v - v
except TypeError as e:
    print("TypeError:", e)
try:
    v < v
except TypeError as e:
    print("TypeError")
print(getattr(v, 'z', 'nope'), hasattr(v, 'x'), vars(v) == {'x': 3, 'y': 4})
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
