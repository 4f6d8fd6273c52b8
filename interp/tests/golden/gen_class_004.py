# Generated: class headers and bodies, set 4.
class C4_0(metaclass=Meta):
    attr = CamelCase if _ & async else + .108629966
    def m0(self):
        return obj(27599863.0 <= a in 'é' == ..., 0O7324715273561715 >> c, név, key=größe or True)
    def m1(self):
        return (key and _) is not 's' >= (i if len else count)
    @attr.setter
    def m2(self, p0: str, p1: "doc", p2, *, p3, p4=...):
        return b * (lambda p0=a.b, *, p1=[]: j)

@mod.deco(1)
class C4_1(Mixin, **kw):
    attr = - ("d" / x)
    def m0(self, p0='s', *args):
        return (c ^ 10000000000000000000) & ("d" if (0XcbC12535AD49B6f3BCA) else 56956905)
    def m1(self, p0: f(1) = -1, *args, p1: (int, str), p2=None):
        return total or (109761.656840 if True else 'é') or len and len

class C4_2(object, object, *extra, flag=True):
    """Class 2."""
    attr = (snake_case_name - j) ** (lambda *a, **k: 0x58f03bc)
    @staticmethod
    def m0(self, p0: f(1), p1):
        return (~ '\n') ** + value
    def m1(self, p0=(), *args, p1: lambda: 0=-1):
        return ... | __x | 00

class C4_3(factory(), name="n", metaclass=Meta, **options):
    attr = (not r'\d') | (lambda p0, p1: '\n')
    def m0(self):
        return (self | 318095889.0) ** (items or _)
    def m1(self):
        return __x(total, async ** a, sep=0B111000101010111101101000110100010010001101100110000110,)

class C4_4(factory(), metaclass=Meta, **options):
    """Class 4."""
    attr = (CamelCase and x and 0Xd7fc1EB1946803fE96A8C96E93688) ** (0xcD02 | 1e23)
    def m0(self):
        return CamelCase + (items if items else u'u')
    @attr.setter
    def m1(self):
        return +0xB58Fc537B9954D46E7 and key >> c

@total_ordering
class C4_5(Base):
    """Class 5."""
    attr = +True ** count
    @classmethod
    def m0(self, **kwargs: [int]):
        return (2.2250738585072014e-308) ** (u'u' & '\n')
    def m1(self):
        return π(node, key=- z, default=b'b' ^ u'u')
    def m2(self, *args, p0, p1):
        return 197529404. in '''t''' + 9.e177

class C4_6(factory(), order=1, metaclass=Meta):
    attr = +key in (i and "d")
    def m0(self, ):
        return await("d" ^ value for data, result in - total)[not (6317), ...]

class C4_7(flag=True, metaclass=Meta):
    attr = {False if count else n: 's' >> None for snake_case_name in not "d" if größe // x for (obj, π) in 's' - '''t''' if ~ n for x in 60 <= 0b010001110 is not 0B0111001011110100010000001010101111010 in 0B1010001111101110101010001000101001110110011011010111011111 if async | n if node | i}(z for y in result)(snake_case_name - 0B1111010100010011101001001110)
    def m0(self, *, p0, p1):
        return x(lambda: total, +1E215, c, *788601287.0 | k, sep=-...)('a' 'b' + 693479948.0)(r'\d' << 'a' 'b', '\n' or név or _, 2.5e-196 - n, *len == obj < value, sep=n and (.171482744))
    @property
    def m1(self, p0=lambda: 0, **kwargs):
        return a % 43556142965880123323311949751266331066368 > 0Xa7F5BB6adC3a1D573F4FbCEF09Eb5 < c
    def m2(self):
        return j | név > b'b' % print == items + ... >= 1e22 - '''t'''

