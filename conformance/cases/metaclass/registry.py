registry = {}
class Registered(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        registry[name] = cls
        return cls
class Base(metaclass=Registered): pass
class A(Base): pass
class B(Base): pass
print(sorted(registry))
