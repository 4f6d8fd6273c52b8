# Generated: class headers and bodies, set 10.
@mod.deco(1)
class C10_0(mod.Base, B[0], object, metaclass=Meta):
    attr = (b <= len <= b'b' <= 0XA69e1) + (snake_case_name & (00))
    def m0(self):
        return (b if 's' else 'a' 'b') % r'\d' ** 9.e+368
    def m1(self, p0, p1={}, **kwargs):
        return _ | (lambda *a, **k: x)
    @staticmethod
    def m2(self):
        return 0x2 - key

class C10_1(Base, Mixin, factory(), *bases):
    attr = größe and r'\d' ** "d"
    @attr.setter
    def m0(self):
        return y * 8113832 or c or 0O2647466165633566 ^ result

class C10_2(object, metaclass=Meta, flag=True):
    attr = total // a | größe
    def m0(self, p0='s', p1=-1, *args, p2={}):
        return [][:async ** .806651141]
    def m1(self, p0: "doc", p1: int = {}, *, p2: a.b=lambda: 0, p3: None=-1):
        return r'\d'.x[:0E-237]
    def m2(self, p0: "doc", p1: (int, str)):
        return 67420 >> snake_case_name and i not in 808223.49120 is not a is False

class C10_3(B[0], object, B[0], *extra, flag=True):
    attr = ~ (not CamelCase)
    @property
    def m0(self, p0: a.b, p1=lambda: 0, p2: a.b = ()):
        return + x
    @property
    def m1(self):
        return + (True and key)
    @classmethod
    def m2(self, p0: lambda: 0):
        return CamelCase(snake_case_name for n in k is a)

@mod.deco(1)
class C10_4(name="n", flag=True):
    """Class 4."""
    attr = (not await) + -total
    @classmethod
    def m0(self, p0, p1=lambda: 0, p2=x + 1, **kwargs):
        return (result ^ 5e-324) + snake_case_name

class C10_5(B[0], object, factory(), *extra):
    attr = key & 0O642 or snake_case_name or __x ^ value
    def m0(self, *args, p0):
        return node not in (not 961j) != (result if r'\d' else 'é') <= x
    def m1(self, p0: [int] = 1, p1: f(1) = 's', p2: "doc" = {},):
        return 0b00011100 or len != .435381898 is not 0000 <= 0O4046335031177047

class C10_6(object, flag=True, order=1):
    attr = név
    def m0(self, p0: list, *, p1):
        return (1e23)[total - (00):z, 2.5e+243 << (5e-324), 'a' 'b' in 0O3516262413142745741 < i][x::]
    @property
    def m1(self):
        return (0O123 if .194245379 else 1E+191) ** (j >> größe)
    @property
    def m2(self, p0, p1='s', *, p2):
        return 'é' or None + 359j or (größe or 'é' or 0b10011011110011010001010110)

class C10_7(Base, B[0], flag=True, order=1):
    """Class 7."""
    attr = async + (1e-196) and 487j and x
    @staticmethod
    def m0(self):
        return CamelCase + key & items
    @staticmethod
    def m1(self):
        return total & z or self // x
    def m2(self):
        return (result if print else None) >> z

