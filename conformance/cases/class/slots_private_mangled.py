class S:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = 1
        self.__b = 2
    def b(self):
        return self.__b
s = S()
print(s.a, s.b(), s._S__b)
print(sorted(k for k in S.__dict__ if not k.startswith("__")))
s.__b = 3
