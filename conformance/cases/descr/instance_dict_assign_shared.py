# obj.__dict__ = d makes d itself the instance dict (shared, not copied).
class A:
    pass

a = A()
d = {'z': 0}
a.__dict__ = d
a.x = 1
print(sorted(d.items()))
d['y'] = 2
print(a.y)
print(a.__dict__ is d, vars(a) is d, a.__dict__ is a.__dict__)
del d['z']
print(hasattr(a, 'z'))
b = A()
print(b.__dict__ is b.__dict__, vars(b) is b.__dict__)
b.q = 5
dd = b.__dict__
dd['r'] = 6
print(b.r, sorted(dd))
del a.__dict__
print(a.__dict__, hasattr(a, 'x'))
class D(dict):
    pass
a.__dict__ = D(k=1)
print(type(a.__dict__).__name__, a.k)
def f():
    pass
f.__dict__ = {'a': 1}
print(f.a)
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
try:
    f.__dict__ = [1]
except TypeError as e:
    print(e)
