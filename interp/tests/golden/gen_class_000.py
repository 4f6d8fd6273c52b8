# Generated: class headers and bodies, set 0.
class C0_0(Base, Base):
    """Class 0."""
    attr = {}
    def m0(self, p0: a.b, *args: int, p1=(), p2: None, **kwargs):
        return not len

class C0_1(Base, *extra, flag=True, order=1):
    attr = (0b111101010100000101001001001000111101101111101000101101101110111100011) if '''t''' | print else k ^ u'u'
    def m0(self):
        return '\n' ** (items in név in _)
    def m1(self, p0: f(1) = (1, 2), p1: int = -1, p2: list = -1, **kwargs: f(1)):
        return _ | u'u' | (not r'\d')
    @classmethod
    def m2(self, ):
        return ('é' or 0Xde1c0D110fFbd8ad0c0e) ** (j << 2.2250738585072014e-308)

@register
class C0_2(object, Base):
    attr = [größe]
    def m0(self):
        return +z if 301j is b else not 810j

@total_ordering
class C0_3(B[0], object, flag=True):
    """Class 3."""
    attr = größe.value[not False, data if True else '''t''':-value:'s']
    def m0(self, *args):
        return 'a' 'b' if _ ** ... else +_
    def m1(self, p0: f(1), *args: list, **kwargs):
        return ~+ c

class C0_4(*bases, order=1, name="n", **kw):
    """Class 4."""
    attr = count ** (00) and 0B00110000111111111001011011010011011010000 ^ j and (count or n)
    def m0(self):
        return not total
    @staticmethod
    def m1(self, p0, p1, p2, *args):
        return größe | (0o410414333 | 6)
    @property
    def m2(self, p0, p1, *args):
        return ('a' 'b' << False) ** (True - r'\d')

class C0_5():
    """Class 5."""
    attr = async ^ (b != i < b)
    def m0(self, p0, p1, p2=-1, *args, p3, **kwargs):
        return not __x or n or (data or 135654519891819509217539185)
    def m1(self):
        return 0b010011000100000100001110010111101000011101100000011010011000 or await | 93407373820248597440651972507737 or async | k
    def m2(self, p0: (int, str), p1: list):
        return (not (100000000000000000000000)) // (True or 817744318. or 0O0170022660513341473)

class C0_6(name="n"):
    attr = + 27302953147385601
    def m0(self, p0: list, p1):
        return (0Xc99CaBae5FaB4A85 << größe) ** ~ 00
    def m1(self):
        return snake_case_name << n >> ('a' 'b' | a)

@total_ordering
class C0_7(mod.Base, factory()):
    """Class 7."""
    attr = False or -'s'
    def m0(self):
        return not 000 is not 0XdE7A68fdf2e5fCeCcD9Ca74
    def m1(self, p0: "doc" = (1, 2), p1: int = x + 1, p2: lambda: 0 = 1):
        return _.next.attr

