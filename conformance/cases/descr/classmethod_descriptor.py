class C:
    @classmethod
    def m(cls):
        return cls.__name__
cm = C.__dict__['m']
print(type(cm).__name__, cm.__get__(None, C)(), C.m())
