# Setting attributes on instances stores str keys in the instance dict;
# a non-str key that equals the name must be found, not duplicated.
class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print('eq called', type(other).__name__)
        return other == self.name

    def __repr__(self):
        return 'K(%r)' % self.name


class C:
    pass


c = C()
c.__dict__[K('x')] = 1
c.x = 2
print(sorted(c.__dict__.items(), key=repr))
c.y = 3
print(len(c.__dict__), c.y)

d = C()
for i in range(20):
    setattr(d, 'a%d' % i, i)
print(len(d.__dict__), d.a0, d.a19)
d.a5 = 'five'
print(list(d.__dict__)[:7])
del d.a3
d.a3 = 'back'
print(list(d.__dict__)[-1], d.a3)


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in (5, -1, -2, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 2 ** 61 - 1, 2 ** 61):
    print(h, hash(H(h)))
