# Generated: class headers and bodies, set 12.
class C12_0(name="n"):
    """Class 0."""
    attr = async("d" and items, k=CamelCase // 2.2250738585072014e-308)
    def m0(self):
        return [await and snake_case_name, b'b'](x << a, a ** z, __x + self, *z or 347602.106211 or 0e+87, sep=None >> 000, end=not 0o674170)['s' if CamelCase else j:]
    def m1(self, p0: "doc", *, p1: f(1), **kwargs):
        return data or (0x2C34B5CDFEe7e21b91Af3bEA0) >> 2.5E-221

class C12_1(mod.Base, factory(), object, flag=True, name="n", **options):
    attr = (__x >= u'u' >= await == key) - - (0B10000111000101001111111011001100011)
    @classmethod
    def m0(self, **kwargs):
        return not CamelCase * 5e-324
    def m1(self):
        return (u'u' | 1028943045683877327831128184087) % (n >> größe)

class C12_2(factory(), object, metaclass=Meta, **options):
    attr = (000).next
    @classmethod
    def m0(self, p0):
        return -1e22 and not 1e23 and (1e+196 if True else y)
    def m1(self):
        return k
    def m2(self):
        return 918869763. | (... | 00)

@register
class C12_3(Base, object, flag=True, **options):
    attr = (000) >> (2.2250738585072014e-308 | self)
    @attr.setter
    def m0(self, p0, p1, p2='s',):
        return 'a' 'b' - (async and __x and a)
    def m1(self):
        return ('a' 'b' or b'b') | 0000j
    def m2(self, p0, p1=a.b, *args: lambda: 0):
        return True - (π | a)

class C12_4(object, name="n", order=1):
    attr = not node & u'u'
    @classmethod
    def m0(self, p0=(), p1=x + 1, *, p2, p3, **kwargs):
        return (-c).next
    def m1(self, *args: lambda: 0):
        return not (CamelCase if 'a' 'b' else 'a' 'b')
    def m2(self, p0, p1=-1, p2=None):
        return ((1e22j) | "d") >> (result ^ 's')

@register
class C12_5(B[0], name="n", order=1):
    """Class 5."""
    attr = c(u'u' - (9.e229J), *"d" not in c is not r'\d', end=result ** 0XfeC81bc1a5526FDfCF2A, key=78361495213270301238863991797115 or value)
    def m0(self):
        return True > r'\d' is 495j

@mod.deco(1)
class C12_6(factory(), mod.Base, Base, *bases, **options):
    attr = lambda x: async or 822j
    def m0(self):
        return not len if (lambda x: 5e-324) else _
    @classmethod
    def m1(self):
        return ('\n' or 0xF1FaBda7f7c6) << (0b1101000101101111010001110010110001110100101001001101111011111010100 or z or "d")
    @classmethod
    def m2(self):
        return key(key=True ** self)

class C12_7(mod.Base, mod.Base, B[0], name="n"):
    attr = not key == False
    def m0(self, p0, p1, *, p2: a.b=None, p3: list=()):
        return not '''t''' ^ '\n'
    @classmethod
    def m1(self, *args: list, p0: [int]):
        return self

