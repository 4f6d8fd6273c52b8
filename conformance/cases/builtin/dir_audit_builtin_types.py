# Entries of the built-in types that CPython 3.4 has (and 3.11 still has).
checks = [
    (list, ['__iadd__', '__imul__', '__reversed__', '__sizeof__']),
    (set, ['__iand__', '__ior__', '__isub__', '__ixor__', '__reduce__']),
    (tuple, ['__getnewargs__']),
    (memoryview, ['__getitem__', '__setitem__', '__delitem__', '__len__', '__enter__']),
    (range, ['start', 'stop', 'step', '__reversed__']),
    (slice, ['start', 'stop', 'step', 'indices']),
    (property, ['__get__', '__set__', '__delete__', 'fget', 'fset', 'fdel',
                '__isabstractmethod__', 'getter', 'setter', 'deleter']),
    (staticmethod, ['__func__', '__isabstractmethod__', '__get__']),
    (classmethod, ['__func__', '__isabstractmethod__', '__get__']),
    (super, ['__get__', '__self__', '__self_class__', '__thisclass__']),
    (type(len), ['__self__', '__call__', '__reduce__']),
    (type(list.append), ['__objclass__', '__get__', '__call__']),
    (type(int.__add__), ['__objclass__', '__get__', '__call__']),
    (type((1).__add__), ['__self__', '__objclass__', '__call__']),
]
for t, names in checks:
    print(t.__name__, [n for n in names if n not in dir(t)])
l = [1]
print(l.__iadd__([2]) is l, l, l.__imul__(2), l.__iadd__('ab'))
s = {1}
print(s.__ior__({2}) is s, sorted(s), s.__iand__({2, 3}), s.__isub__({9}), s.__ixor__({4}))
print(s.__ior__([5]), list.__imul__([1, 2], 0))
m = memoryview(bytearray(b'abc'))
m.__setitem__(0, 122)
print(m.__len__(), m.__getitem__(0), bytes(m))
print(range(1, 9, 2).start, range(5).stop, slice(1, 2).step, range.start.__get__(range(3, 4)))


class B:
    pass


class D(B):
    def m(self):
        return super()


sp = D().m()
print(sp.__thisclass__.__name__, type(sp.__self__).__name__, sp.__self_class__.__name__)
print(super(D).__self__, super(D).__self_class__, super(D, D).__self_class__.__name__)
print(staticmethod(len).__func__, classmethod(len).__isabstractmethod__)
print(type(range.__dict__['start']).__name__, type(property.__dict__['fget']).__name__)
m.__delitem__(0)
