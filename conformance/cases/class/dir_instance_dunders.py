# dir() of instances and classes lists __class__, __doc__, __dict__ and __weakref__
class W:
    pass
class S:
    __slots__ = ('a',)
for name in ['__class__', '__doc__', '__dict__', '__weakref__', '__module__']:
    print(name, name in dir(W()), name in dir(W), name in dir(S()), name in dir(object))
print([n for n in dir(W()) if not n.startswith('__')])
