class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = S()
s.b = 2
print(s.a, s.b, hasattr(s, '__dict__'))
s.c = 3
