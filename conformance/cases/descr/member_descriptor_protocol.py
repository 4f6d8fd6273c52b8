class S:
    __slots__ = ("a", "b")
m = S.__dict__["a"]
print(type(m).__name__, m.__name__, repr(m))
s = S()
m.__set__(s, 10)
print(s.a, m.__get__(s, S), m.__get__(None, S) is m)
s.b = 2
del s.b
print(hasattr(s, "b"))
try:
    s.b
except AttributeError:
    print("AttributeError")
s.c = 1
