class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
