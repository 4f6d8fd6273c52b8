class Base: pass
class X(Base): pass
class Y(Base): pass
print(sorted(c.__name__ for c in Base.__subclasses__()))
