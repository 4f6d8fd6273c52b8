# Attribute reads find instance-dict keys that are str subclasses equal to
# the name, as CPython's dict lookup does.
class SubStr(str):
    pass
class Loud(str):
    def __eq__(self, other):
        print('eq called', str.__eq__(self, other))
        return str.__eq__(self, other)
    def __hash__(self):
        return str.__hash__(self)
class Odd(str):
    def __hash__(self):
        return 42
class O:
    cls_attr = 'from class'
    def method(self):
        return 'method'
o = O()
o.__dict__[SubStr('x')] = 1
print(o.x, getattr(o, 'x'), hasattr(o, 'x'))
o.x = 2
print(o.x, [type(k).__name__ for k in o.__dict__])
o.__dict__[SubStr('cls_attr')] = 'from instance'
print(o.cls_attr)
o.__dict__[SubStr('method')] = lambda: 'shadowed'
print(o.method())
p = O()
p.__dict__[Loud('y')] = 3
print(p.y)
q = O()
q.__dict__[Odd('z')] = 4
print(hasattr(q, 'z'), q.__dict__.get('z'))
r = O()
r.__dict__[1] = 'int key'
r.a = 5
print(r.a, r.cls_attr, r.method())
try:
    q.z
except AttributeError as e:
    print(e)
def f(): pass
f.__dict__[SubStr('attr')] = 'on function'
print(f.attr)
