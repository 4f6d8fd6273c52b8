# Generated: class headers and bodies, set 1.
class C1_0(Base, Base, Base, flag=True, **options):
    attr = ~ '''t''' | 000
    def m0(self, ):
        return y or len ** x
    @property
    def m1(self, p0, p1: None):
        return (lambda p0, **kwargs: _) ** k

class C1_1(factory(), object, order=1, metaclass=Meta, **options):
    """Class 1."""
    attr = i | +len
    def m0(self, p0, p1={}):
        return not (count or 2053227989068693325181073066976320149703 or None)
    def m1(self, p0='s'):
        return ~(x == 0e-227 is '''t''' < k)
    @staticmethod
    def m2(self, p0: int, p1: list, p2: None, **kwargs: str):
        return b & π or (lambda *, k: key)

@mod.deco(1)
class C1_2(factory(), mod.Base, metaclass=Meta, name="n"):
    attr = 0xb15EF8a8aD8abeCd7e573 ^ _ | (r'\d' or self)
    def m0(self, *args, p0, p1):
        return []
    def m1(self, p0: a.b, **kwargs: a.b):
        return '\n' >> obj or (0o12100033) | n or 9.E+285 >> '\n'

class C1_3(B[0], Mixin, object, flag=True, name="n"):
    attr = b'b' // ("d" <= '''t''' not in 0B00110010010001011011100011)
    def m0(self):
        return async(await or key or result, z, data)
    def m1(self, p0: (int, str), p1: None, p2={}, *, p3: (int, str)):
        return {data <= None > data: r'\d' >> y for (count, key) in not 0o20204700404710532 if ~ obj}.attr.real

class C1_4(Mixin, order=1):
    attr = ~'s'
    @attr.setter
    def m0(self, p0: str, p1,):
        return {data if c else 72260239457666096975552, self}
    @attr.setter
    def m1(self, p0, p1=x + 1, p2=None, *args, **kwargs):
        return items(c >= CamelCase >= 'a' 'b' == key, ... ** await, sep=~ 143137458.0)
    def m2(self, p0, *args, p1, p2=[], **kwargs):
        return j[:][...]

class C1_5(mod.Base, object, Base, *bases):
    """Class 5."""
    attr = r'\d' ^ "d" not in 0b0010101001 << data > r'\d' & r'\d'
    def m0(self, p0: int = lambda: 0, p1: str = (), *, p2: list, p3=x + 1, **kwargs: f(1)):
        return '''t''' < y is (count and 'a' 'b' and snake_case_name) is print

class C1_6(Mixin, B[0]):
    """Class 6."""
    attr = obj * 's' | 's' ^ total
    def m0(self, p0=1, *, p1, p2):
        return (a == _) is not + 0O32752214427305506504053

class C1_7(object, B[0], mod.Base, name="n", order=1, **options):
    """Class 7."""
    attr = [524j for π in "d" if + data for await in (data if 'é' else async) if 686791891.0 + 'a' 'b' if value or async or 155269.769588 for total, obj in 'é' if total].attr
    def m0(self):
        return self(n ** len for név, print, __x in data)

