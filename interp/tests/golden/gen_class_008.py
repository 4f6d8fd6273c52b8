# Generated: class headers and bodies, set 8.
class C8_0(factory(), object, factory(), flag=True):
    """Class 0."""
    attr = 0000 + "d" not in (obj if await else j) < (n or 141884.742770 or '''t''')
    @staticmethod
    def m0(self):
        return ~832379.56807j

class C8_1(flag=True, name="n"):
    """Class 1."""
    attr = __x
    def m0(self, p0, *args, p1=lambda: 0, p2, **kwargs):
        return {b | c, 0b01000101010000111000, data and 's'}(len / (2.2250738585072014e-308), not 000, b'b', end=99999999999999999999999999.0 ** 913577.205026, reverse=await / 100000000000000000).attr
    @attr.setter
    def m1(self):
        return (0.0000000001) - 9.e-94 if value << .743968481 else j * total
    def m2(self):
        return 0o1003061563 + b'b' & (snake_case_name or count)

class C8_2(Base, Base, Base, order=1, **options):
    """Class 2."""
    attr = (...).append.next
    def m0(self, *, p0):
        return n
    def m1(self):
        return 'a' 'b' ** (n / .5E275)

class C8_3(object, order=1, metaclass=Meta):
    attr = u'u' not in (CamelCase and False and y) in (0E177 == 0X4eF9F949ea in b is None)
    def m0(self, *, p0, **kwargs):
        return (y ^ c) ** (obj or '\n' or __x)

class C8_4(object, mod.Base, *bases, order=1, flag=True):
    """Class 4."""
    attr = - (CamelCase | 2.2250738585072014e-308)
    def m0(self):
        return ('''t''' ^ z) % (00 % x)
    def m1(self, p0=[], p1=[], p2=a.b, *args, p3):
        return (105079964.) >> '\n' & async
    @staticmethod
    def m2(self, p0=a.b, p1=[], p2=()):
        return None or 2.2250738585072014e-308 and 807920.770907 and y

@mod.deco(1)
class C8_5(Mixin, mod.Base, B[0], flag=True, name="n"):
    """Class 5."""
    attr = {(435187.824973) // (671169.169616): név ** 'é'}(b & "d" for (z, (snake_case_name, result)) in (0 if True else 864366.113261))
    def m0(self, p0: [int] = 's', p1: list = None, *, p2: lambda: 0='s', p3={}, **kwargs: (int, str)):
        return (0o1) / π / (CamelCase ^ j)
    def m1(self, p0, p1):
        return self ^ -n

class C8_6(object, *bases, flag=True, **options):
    attr = not result
    def m0(self, p0={}, p1=a.b, *, p2, p3):
        return (~ b).ŝ
    @classmethod
    def m1(self):
        return -node in 150j >= obj > (0 is not key >= _ < '''t''')

@mod.deco(1)
class C8_7(factory(), B[0], order=1):
    attr = 96j | CamelCase or y ** False
    def m0(self):
        return a - a ^ (CamelCase or b'b' or None)
    @attr.setter
    def m1(self, p0: None = {}, p1=a.b, p2: lambda: 0 = lambda: 0, *args: str):
        return (data - 19707115072942735072038011) % (print is not c)
    def m2(self):
        return (not b) >> r'\d'

