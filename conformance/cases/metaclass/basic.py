class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = 'by meta'
        return super().__new__(mcs, name, bases, ns)
class C(metaclass=Meta):
    pass
print(C.added, type(C).__name__, isinstance(C, Meta))
