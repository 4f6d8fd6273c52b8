import pickle, collections
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)
class WithState(object):
    def __init__(self):
        self.secret = 'hidden'
        self.visible = 1
    def __getstate__(self):
        return {'visible': self.visible}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True
class Reduced(object):
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n * 2,))
class MyList(list):
    pass
class Slotted(object):
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = 2
for proto in (2, 3, 4):
    p = pickle.loads(pickle.dumps(Point(1, [2]), proto))
    w = pickle.loads(pickle.dumps(WithState(), proto))
    r = pickle.loads(pickle.dumps(Reduced(5), proto))
    m = pickle.loads(pickle.dumps(MyList([1, 2]), proto))
    s = pickle.loads(pickle.dumps(Slotted(), proto))
    print(proto, p == Point(1, [2]), type(p).__name__, sorted(vars(w).items()), r.n, type(m).__name__, m, s.a, s.b)
od = collections.OrderedDict([('b', 1), ('a', 2)])
print(pickle.loads(pickle.dumps(od)) == od, pickle.loads(pickle.dumps(Point)) is Point, pickle.loads(pickle.dumps(len)) is len)
node = [1]
node.append(node)
back = pickle.loads(pickle.dumps(node))
print(back[0], back[1] is back)
class Exc(Exception):
    pass
e = pickle.loads(pickle.dumps(ValueError('bad', 2)))
print(type(e).__name__, e.args)
