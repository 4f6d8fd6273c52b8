class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print('prepare', name)
        return {'preset': 1}
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))
class C(metaclass=Meta):
    x = 2
print(C.preset, C.x)
