class C:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, a):
        print('init', a)
c = C(7)
print(type(c).__name__)
