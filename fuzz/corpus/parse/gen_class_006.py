# Generated: class headers and bodies, set 6.
class C6_0(Base, Base, B[0], *extra, name="n", **options):
    """Class 0."""
    attr = x ** c and ... != k == 0B111111001111000000000111110010011011000000001011010000101011000 <= node and self != False <= n >= c
    def m0(self):
        return 'a' 'b' & __x + x
    def m1(self, p0: a.b, p1=x + 1, p2: int = x + 1,):
        return ('s' or 0000 or 1e+291) > (lambda p0=1: 200867255532373784442745261542645325315275374222849104412672) is not (0) | ...

class C6_1(mod.Base, mod.Base, name="n"):
    attr = .27251354 - 0O6621 + (i if c else név)
    def m0(self, **kwargs: a.b):
        return ((679874463.) or a) - CamelCase
    def m1(self):
        return {}.next.value

class C6_2(B[0], Base, Base, name="n", metaclass=Meta):
    attr = obj[async | x:, _ / 756545346.0::]
    def m0(self, p0, p1=lambda: 0, p2=1, **kwargs):
        return n / ~key

class C6_3(name="n"):
    """Class 3."""
    attr = (0x7f8e53AcbD6EAcBbE059 or '\n') and None // r'\d'
    @classmethod
    def m0(self):
        return 0b00000111110 | x or (count or b'b') or True & result
    def m1(self, p0, p1, p2, *args, p3, p4):
        return ~név or größe ** print or (0e76) | u'u'
    @attr.setter
    def m2(self, p0: list, p1, p2, **kwargs: (int, str)):
        return len[:async | (814288.567068)]

class C6_4(B[0], *extra, flag=True, metaclass=Meta, **options):
    attr = [lambda p0, p1, p2, **kwargs: len][data or total or __x:607581857. * 4539733154531398262937738128970662843908:]((576) | 297340.958487 for i in self | obj)
    @classmethod
    def m0(self, p0: [int] = {}, *args: (int, str), p1: f(1)=1, p2: f(1)):
        return c[..., r'\d', (0XD0A4238118D711f1ba471F8) in név in "d":](reverse=100000000000000000 + key, sep=1e23 + self)
    @property
    def m1(self, p0, p1=lambda: 0, p2=a.b, *, p3=[], p4):
        return ()
    @attr.setter
    def m2(self, p0: "doc", p1: lambda: 0, p2: str, *args, **kwargs: a.b):
        return async << CamelCase or True / 0B100110010010000011001011011010001001010100001001 or ... and 854430.99972 and 'é'

class C6_5(order=1):
    attr = (not async) * len
    @classmethod
    def m0(self, p0, p1, p2):
        return snake_case_name
    def m1(self, p0: str):
        return '''t''' is (π or (7294267256616032822827723508506206) or 'é') in None >> .851177334 is k ^ CamelCase

class C6_6(factory(), mod.Base, object, flag=True, name="n"):
    """Class 6."""
    attr = async ** 0xF42137DE479b5Ee7EAaC % (None if 8426988227208208802798671010820687822444 else print)
    @attr.setter
    def m0(self, p0=(1, 2), **kwargs):
        return not obj or ... ** None or k // 0X5F0Da613dce11F35
    @property
    def m1(self):
        return 0e+365 >> '\n' if 9.E3 | 'é' else (8252058077669752098228360940691638868) | _

class C6_7(name="n"):
    attr = lambda: 1e22
    def m0(self):
        return (r'\d' or obj or node) or 0O12643666644616337 or 1e22 & items
    def m1(self):
        return 'a' 'b' and (706089.382512J) and 0 or 'a' 'b'
    @classmethod
    def m2(self, p0, p1=None, *args):
        return (j | async for obj in (lambda: None) if 00 >> 0000 if 0XdEFd7ADC461691Fca0C4F4B7F - __x).next

