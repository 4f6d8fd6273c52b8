class Meta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registry_name = name.lower()
    def __call__(cls, *a):
        print('Meta.__call__', a)
        return super().__call__(*a)
class C(metaclass=Meta):
    def __init__(self, x):
        self.x = x
c = C(5)
print(C.registry_name, c.x)
