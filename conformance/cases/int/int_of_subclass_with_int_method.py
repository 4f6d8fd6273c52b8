# int() of a str/float subclass that defines __int__ uses
# that method, not the string or buffer parsing.
class S(str):
    def __int__(self):
        return 99
class F(float):
    def __int__(self):
        return 7
class Plain(str):
    pass
class I(int):
    pass
print(int(S('5')), int(F(2.5)), int(Plain('41')), int(I(8)), type(int(I(8))).__name__)
class Bad(str):
    def __int__(self):
        return 'x'
int(Bad('1'))
