# Generated: class headers and bodies, set 5.
class C5_0(Base, *bases, flag=True, name="n"):
    attr = (not 0B01101000100100100011011001011101011001) & +46376382
    def m0(self, **kwargs: None):
        return j * False or "d" ** 2.2250738585072014e-308
    def m1(self):
        return '\n' + 's' << (not 200592.391824)
    def m2(self):
        return (not (2564154045430863)) | obj

@register
class C5_1(object):
    attr = [j & self for snake_case_name in CamelCase ^ 'a' 'b' if 00 ** 0O6054]
    @property
    def m0(self, p0: (int, str) = -1):
        return größe * 0o4551522012107731761023357 == (total > b <= self is async)
    def m1(self):
        return "d" != z in False > j or not c

@register
class C5_2(name="n", order=1):
    """Class 2."""
    attr = 's'.items
    def m0(self):
        return not (0.000000000000000001 or b or x)
    @attr.setter
    def m1(self, p0, p1=(), *args, p2=..., p3=-1):
        return (u'u' & größe) ** (lambda p0, **kwargs: 683801.541101)
    @attr.setter
    def m2(self):
        return lambda: b'b' == 00

class C5_3(factory()):
    attr = u'u' >> x and (0xea6a820eB85AbF49C39a33Aa8Ab4) == π > 00 and ~248959600.
    def m0(self):
        return ('''t''' or n or True) ** 'a' 'b'

class C5_4(object):
    attr = (größe and __x) / ((975443541.0) << b'b')
    def m0(self):
        return (0O2530)[π or 845718.460671:]
    @classmethod
    def m1(self, p0):
        return 1104 << (y or 942j)

@mod.deco(1)
class C5_5(factory(), Mixin, order=1, **options):
    attr = (True & 'é') >> (lambda *a, **k: __x)
    def m0(self, p0: int):
        return -data if .5E+106 << k else u'u' | (0xbAD2AdeCe3FcEFB3F7)
    def m1(self, p0, p1=x + 1):
        return y.attr[snake_case_name & (0X7):not π, not (0b0):False]

class C5_6(Mixin, factory(), Base, *extra, flag=True):
    """Class 6."""
    attr = (x | r'\d') * + value
    def m0(self, *, p0=(), p1):
        return u'u' | 999999999999999999999999.0 >> CamelCase

@total_ordering
class C5_7(Base, Mixin, factory(), flag=True):
    """Class 7."""
    attr = 0B10000100100100101100101001001
    @staticmethod
    def m0(self, p0, *, p1=-1, **kwargs):
        return ['s' > b'b' > data is n for n in 0X4e36aa8032fcAab9bECE517c + név if ((000) if __x else 8874978304237300457589398157889623) for key in obj % 0b1010001001100001100111001010110010101111101010010101001](end=b'b' / False, **000J - False).real

