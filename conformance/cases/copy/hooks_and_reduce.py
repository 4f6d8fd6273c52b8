import copy
class A:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__')
        return A(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__', type(memo).__name__)
        return A(copy.deepcopy(self.v, memo))
a = A([1])
print(copy.copy(a).v, copy.deepcopy(a).v is a.v)
class S:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = [1]
        self.y = 2
s = copy.deepcopy(S())
print(s.x, s.y)
class G:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a * 10}
    def __setstate__(self, st):
        self.__dict__.update(st)
print(copy.copy(G()).a, copy.deepcopy(G()).a)
class R:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        return (R, (self.x + 1,))
print(copy.copy(R(1)).x, copy.deepcopy(R(5)).x)
