class S:
    __slots__ = ('a',)
print(type(S.__dict__['a']).__name__)
s = S()
s.a = 5
print(s.a)
del s.a
try:
    s.a
except AttributeError:
    print('AttributeError')
