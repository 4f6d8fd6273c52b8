# Descriptors, __getattr__, __slots__ and class decorators.
class Typed:
    def __init__(self, name, kind):
        self.name = '_' + name
        self.kind = kind

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)


def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, getattr(self, k)) for k in cls.fields)
        return '%s(%s)' % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls


@add_repr
class Person:
    fields = ('name', 'age')
    name = Typed('name', str)
    age = Typed('age', int)

    def __init__(self, name, age):
        self.name, self.age = name, age

    def __getattr__(self, attr):
        return 'no ' + attr


p = Person('Ada', 36)
print(p, p.email)
try:
    p.age = 'old'
except TypeError as e:
    print(e)
