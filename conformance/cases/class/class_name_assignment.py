# __name__/__qualname__ of a class accept only strings
class W:
    pass
W.__name__ = 'Renamed'
W.__qualname__ = 'Outer.Renamed'
print(W.__name__, W.__qualname__, repr(W))
for attr in ['__name__', '__qualname__']:
    try:
        setattr(W, attr, 5)
    except TypeError as e:
        print('TypeError:', e)
