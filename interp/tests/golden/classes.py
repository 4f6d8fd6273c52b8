# Class definitions: bases, keywords, metaclass, *args, **kwargs, nesting.
class Empty: pass
class Empty2(): pass
class Child(Base): pass
class Multi(A, B, C): pass
class WithMeta(metaclass=Meta): pass
class Both(Base, metaclass=Meta, flag=True): pass
class Star(*bases): pass
class StarKw(*bases, **options): pass
class All(A, B, *bases, metaclass=Meta, **options): pass
class Dotted(pkg.mod.Base): pass
class Called(factory(1)): pass
class KwOnly(**kw): pass


class Outer:
    """Docstring."""
    attribute = 1

    class Inner(object):
        value = 2

        class Innermost:
            pass

    def method(self):
        class Local(Outer.Inner):
            pass
        return Local


class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
