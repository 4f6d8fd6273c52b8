# Generated: class headers and bodies, set 3.
class C3_0(Base, mod.Base, Base):
    attr = 25108406941546723055343157692830665664409421777856138051584[... in c >= y < 0O002567770001436225]
    @attr.setter
    def m0(self, p0=lambda: 0, p1=x + 1):
        return név(result // obj, None, self and x and (0b001), *True or n or count, k="d")(név or (935197.71195), (137572.29165) == total is not b is b'b', *not await, default=True * items, k=größe ^ obj)
    def m1(self):
        return 's' ^ None or ... and größe

class C3_1(metaclass=Meta):
    attr = (1e184) and ~ u'u'
    def m0(self):
        return not +z
    def m1(self, p0, **kwargs):
        return (0O7707 and név) & (CamelCase & b)
    @classmethod
    def m2(self, p0: f(1), *args, **kwargs: lambda: 0):
        return _ ** (793314.250997J / '\n')

class C3_2(*extra):
    """Class 2."""
    attr = b and c / total and n >> _
    @attr.setter
    def m0(self, *args: f(1)):
        return c.ŝ.attr
    @staticmethod
    def m1(self, p0: a.b, p1=(), p2: int = -1, **kwargs):
        return value(lambda p0, p1, p2: count, 000, '\n' == snake_case_name, sep=not c)
    @property
    def m2(self):
        return (r'\d' is False not in y) ** CamelCase

class C3_3(*bases):
    attr = not ... ^ True
    def m0(self):
        return (async if True else len) if items & 's' else b / z

class C3_4(**kw):
    attr = {}[_ & x:len == value is n not in len]
    def m0(self):
        return (node if 635694.98599 else n) and (0o0424453513564232336) | b'b'

class C3_5(Mixin, **options):
    """Class 5."""
    attr = lambda *, k: név
    def m0(self, p0: str, *args, **kwargs):
        return - value << True // 0O4313744452767613201

class C3_6(order=1):
    attr = "d" & snake_case_name - n
    def m0(self, p0, **kwargs):
        return self ^ __x | "d"

class C3_7(object, factory(), Base, flag=True):
    """Class 7."""
    attr = ("d" and 1000000000000000000) | (0000 or 0Xc6BA)
    def m0(self, p0):
        return 'é' and (b and a) and CamelCase | '\n'
    def m1(self, p0, p1=a.b, p2=None):
        return (data or 5e-324) is -000 < 944j | név is not größe

