# Assigning obj.__dict__ replaces the instance's attributes.
class Point:
    def __init__(self):
        self.x = 1

p = Point()
p.__dict__ = {"y": 2, "z": 3}
print(p.y, p.z, hasattr(p, "x"), sorted(p.__dict__.items()))
p.w = 4
print(sorted(vars(p)))

class FromKw:
    def __init__(self, **kw):
        self.__dict__ = dict(kw)

f = FromKw(a=1, b="two")
print(f.a, f.b)
try:
    p.__dict__ = [("a", 1)]
except TypeError as e:
    print("TypeError", e)
p.__dict__ = {}
print(hasattr(p, "y"), p.__dict__)
