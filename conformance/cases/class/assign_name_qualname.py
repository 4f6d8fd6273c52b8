class C:
    def m(self): pass
c = C()
C.__name__ = 'Renamed'
print(C.__name__, C.__qualname__, repr(C).endswith("C'>"), type(c).__name__)
C.__qualname__ = 'Outer.Inner'
print(C.__name__, C.__qualname__, repr(C))
for attr, value in (('__name__', 5), ('__qualname__', None), ('__name__', b'x')):
    try:
        setattr(C, attr, value)
    except TypeError as e:
        print('TypeError:', e)
try:
    C.__name__ = 'a\0b'
except ValueError as e:
    print('ValueError')
print(C.__name__)
class S(str): pass
C.__name__ = S('sub')
print(C.__name__, type(C.__name__).__name__ in ('str', 'S'))
