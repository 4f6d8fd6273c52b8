# object.__init__ / object.__new__ called directly with extra arguments
class W:
    pass
class OwnInit:
    def __init__(self, x):
        object.__init__(self)
        self.x = x
class OwnNew:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x
        return o
print(OwnInit(1).x, OwnNew(2).x)
print(object.__new__(OwnInit, 1).__class__.__name__)
object.__init__(OwnNew(3), 1)
print('OwnNew init ok')
for f in [lambda: object.__init__(W(), 1), lambda: object.__new__(W, 1),
          lambda: object.__init__(OwnInit(1), 2), lambda: object.__new__(OwnNew, 1)]:
    try:
        f()
        print('accepted')
    except TypeError as e:
        print('TypeError')
