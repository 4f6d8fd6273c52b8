# The AttrDict idiom: a dict subclass whose __dict__ is itself.
import gc

class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self

ad = AttrDict(x=1)
ad.y = 2
ad['z'] = 3
print(ad.x, ad['y'], ad.z, sorted(ad.items()), ad.__dict__ is ad)
del ad.x
print('x' in ad, len(ad))
for i in range(2000):
    t = AttrDict(q=i)
    t.t = t
print(gc.collect() >= 0, t.q)

class S:
    __slots__ = ('a',)

try:
    S().__dict__ = {}
except AttributeError as e:
    print(e)
