# Generated: class headers and bodies, set 7.
class C7_0(B[0], object, *extra):
    """Class 0."""
    attr = b
    def m0(self):
        return +(... or 0xaC8F3F6F5aA999Ce4)

class C7_1(mod.Base, object, metaclass=Meta, flag=True):
    """Class 1."""
    attr = lambda p0, *, p1, **kwargs: total ** 0E-70
    def m0(self):
        return not (c if '\n' else größe)
    def m1(self, p0, **kwargs):
        return (self or 'a' 'b' or y) >> (r'\d' & await)

class C7_2(mod.Base, order=1, metaclass=Meta):
    attr = {}
    def m0(self, *args: str):
        return +(snake_case_name | CamelCase)

class C7_3(Mixin, factory(), mod.Base, flag=True, metaclass=Meta):
    """Class 3."""
    attr = (print and 0O7641441027043700370 and 0O2660423566) > self | größe not in größe & items
    @staticmethod
    def m0(self, *, p0: None=..., p1: None=[]):
        return 0O71574514453716257506356 / r'\d' and _

class C7_4(Mixin, factory(), mod.Base, name="n", flag=True):
    attr = obj
    def m0(self, **kwargs):
        return + '\n' and None
    def m1(self, p0=(1, 2), p1=x + 1, *args, p2):
        return CamelCase - 0B100100101001000111011110100100100 and (i if (51144973708641904431576082025701794237) else 0X6F4eEC4ae)

@register
class C7_5(*bases):
    """Class 5."""
    attr = j ** (2.2250738585072014e-308) if ~ i else 39614081257132168796771975168 and ... and .5e-85
    def m0(self):
        return None ^ (i if "d" else (0xAf9f2aCdabF6E83cAA241d14))

@mod.deco(1)
class C7_6(object, *bases):
    attr = {lambda: k for print, total, a in 800914616.0 ^ i for i in items and snake_case_name for total in 'a' 'b' if node | total if not 138057672.}
    def m0(self):
        return _(~ r'\d', 0, *"d", key=~ 's')
    def m1(self, *args, p0: int='s'):
        return (22j | 'a' 'b') ** ((178405961588244985132285746181186892047843328) - π)
    def m2(self):
        return 0x2BCbca3be9B0Dd9e09a3eCEdD9a25 ** (len ^ 0b0111000110000111010000)

@mod.deco(1)
class C7_7(factory(), *extra, metaclass=Meta, order=1, **options):
    """Class 7."""
    attr = 216776941
    def m0(self, p0, p1=1):
        return lambda: b
    def m1(self):
        return len <= (9.E+339) > c not in név and data ^ 0O7413350760237753705202

