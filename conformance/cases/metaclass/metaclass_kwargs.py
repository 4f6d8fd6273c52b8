class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.opts = sorted(kw.items())
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class C(metaclass=Meta, flag=True, level=3):
    pass
print(C.opts)
