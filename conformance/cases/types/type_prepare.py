# type.__prepare__: the namespace a class body runs in (an empty dict for type).
ns = type.__prepare__('A', (object,))
print(type(ns).__name__, ns, type.__prepare__('B', (), x=1))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = super().__prepare__(name, bases)
        d['injected'] = name
        return d
class C(metaclass=Meta):
    pass
print(C.injected, type(C).__name__)
type.__prepare__()
