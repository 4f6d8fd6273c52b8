# Generated: class headers and bodies, set 9.
class C9_0(*extra, metaclass=Meta):
    attr = (True | név) - ~c
    @staticmethod
    def m0(self, p0, p1='s', p2=a.b, *args, p3, p4='s'):
        return []

@total_ordering
class C9_1:
    """Class 1."""
    attr = ~ False
    @staticmethod
    def m0(self):
        return {"d" ^ await: len, 0XF3f2AA64c3b794bA1aecA8Bdff or x or CamelCase: z, 9.E-199 << total: async}(0o3401124117 and "d", *__x & node)
    def m1(self, p0=lambda: 0):
        return print(0xCb1a9AFA4ec031Eae97DaAE if n else .680029436, None ** obj)(j, reverse=... & 's').items
    @classmethod
    def m2(self, p0: [int], p1: lambda: 0, p2):
        return (860357.834331 == len > a) + n

class C9_2(mod.Base, *bases, order=1):
    """Class 2."""
    attr = (b'b' in False) - ('é' >= 's' is result <= 0)
    def m0(self, p0: lambda: 0 = {}, p1=1,):
        return ((00) if self else (473179544.)) / .252866714
    @attr.setter
    def m1(self):
        return [print ^ "d", π >> 404928.393930]

class C9_3(factory(), mod.Base, name="n"):
    attr = node
    def m0(self):
        return (b if k else value) and 782j and True << self

class C9_4(Mixin, Mixin, mod.Base, order=1, flag=True):
    attr = r'\d' % (891188649.0) | 185740.693749 + 0b11000110000
    @property
    def m0(self, p0, p1=x + 1, p2=None, **kwargs):
        return r'\d' | "d" or b / r'\d' or 's' and await and __x

@mod.deco(1)
class C9_5(name="n", **kw):
    """Class 5."""
    attr = c ** (False & a)
    def m0(self):
        return not snake_case_name

class C9_6(Base, Mixin, flag=True, order=1):
    """Class 6."""
    attr = not (c or 0x3c)
    @classmethod
    def m0(self, p0, p1, *args):
        return +None | obj * (00)
    def m1(self):
        return _.append

class C9_7(Base, Mixin, B[0]):
    """Class 7."""
    attr = (00 if await else (8)) / (CamelCase if b'b' else 0XDCb1aceaaedbe9DdaBb4A98AE67)
    def m0(self, p0: f(1) = (), p1: str = (), p2: list = 's', *args: f(1)):
        return ~(not __x)
    def m1(self, p0=lambda: 0, *, p1, p2):
        return c
    @attr.setter
    def m2(self):
        return data // 'a' 'b' / ('a' 'b' ^ print)

