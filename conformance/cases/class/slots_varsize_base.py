# Nonempty __slots__ on a subclass of int, tuple or bytes is refused;
# empty __slots__ is fine.
class I(int):
    __slots__ = ()
print(I(5) + 1, hasattr(I(5), '__dict__'))
class T(tuple):
    __slots__ = ()
print(T((1, 2)))
for base in (int, tuple, bytes, I):
    try:
        class Bad(base):
            __slots__ = ('a',)
    except TypeError as e:
        print(e)
class S(str):
    __slots__ = ('tag',)
s = S('x'); s.tag = 1
print(s, s.tag)
