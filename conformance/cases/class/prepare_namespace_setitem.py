class NS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError("duplicate name %r" % k)
        self.order.append(k)
        dict.__setitem__(self, k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class C(metaclass=M):
    RED = 1
    GREEN = 2
    def f(self): return 3
print(C.order, C.RED, C().f())
class D(metaclass=M):
    X = 1
    X = 2
