class Meta(type):
    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__
class C(metaclass=Meta):
    pass
print(C, repr(C), [C])
