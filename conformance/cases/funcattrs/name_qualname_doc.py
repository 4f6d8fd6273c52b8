def f():
    """docstring here"""
class C:
    def m(self):
        pass
print(f.__name__, f.__qualname__, f.__doc__, C.m.__qualname__, f.__module__)
