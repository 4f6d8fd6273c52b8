# Generated: class headers and bodies, set 11.
class C11_0(Base, Mixin, factory(), order=1):
    """Class 0."""
    attr = items ^ (0B0101001001110010001111110 and ...)
    def m0(self):
        return + count
    def m1(self, p0: (int, str) = 1, p1=a.b, p2: (int, str) = (),):
        return (a | 0xdD0F85FA5f5eDBf1ad34) << (j & "d")
    def m2(self, p0: list, p1: list, p2: "doc"):
        return (node and len and (917390571021700425694)) ^ True & név

class C11_1(*extra, metaclass=Meta, order=1):
    """Class 1."""
    attr = 0 and self | __x and total
    def m0(self, p0: int, **kwargs: [int]):
        return ('''t''' << None) // + obj

@total_ordering
class C11_2(order=1, **kw):
    attr = {112536.725321 << x: len and c and result, név >> 0x16AdfceD9: i}.real(r'\d' is not c is data is "d", π ^ result, items ** None, **snake_case_name ^ .5E-269)
    def m0(self):
        return ("d" if r'\d' else value) or π or 'é' ** größe
    def m1(self):
        return 000 | await or (u'u' if (103585.608717) else a)
    def m2(self, *args, p0):
        return obj is not 351119963. > self >= b'b' and -u'u' and 1e23

@mod.deco(1)
class C11_3(flag=True, order=1, **kw):
    """Class 3."""
    attr = (0XeC5145bfEBfeB3f & ... for a in 'é' not in r'\d' < "d" if .5E252j + .876201899 for snake_case_name, k in 8 or print or len if 1E-104 % (472830.278322) if y for node in r'\d' >> None)[items,](k=not ...)
    @classmethod
    def m0(self):
        return k ** größe | (not i)
    def m1(self):
        return r'\d' or total or result if -obj else True

class C11_4(B[0], *bases, order=1, flag=True):
    """Class 4."""
    attr = (CamelCase | '\n') & név + "d"
    def m0(self, p0: int, p1: a.b = [], *args, p2: list=-1, p3: "doc"=[], **kwargs: int):
        return i >> 0X1bE1De9ABc8Bb3A87dEB64fdc43F >> y
    @classmethod
    def m1(self):
        return (len - 0o73324316544542407563405) % x
    @attr.setter
    def m2(self):
        return ~ (név * data)

@register
class C11_5(factory(), object, *extra, flag=True, order=1):
    """Class 5."""
    attr = not snake_case_name & i
    def m0(self):
        return 'é' | False | items
    @staticmethod
    def m1(self):
        return obj ** 5454.751818 - (218j | key)
    @property
    def m2(self):
        return z

@mod.deco(1)
class C11_6(order=1, metaclass=Meta):
    """Class 6."""
    attr = (False if result else r'\d') & CamelCase
    def m0(self):
        return (460980204. or 'a' 'b') ^ (not False)
    def m1(self, ):
        return result[y or 'é' or '\n']
    def m2(self):
        return __x

class C11_7(factory(), order=1, **kw):
    """Class 7."""
    attr = j & '''t''' != ~ "d"
    @classmethod
    def m0(self, p0=-1):
        return 0o125007 ** value
    @classmethod
    def m1(self):
        return (x // True,)
    def m2(self):
        return ('a' 'b' + π) // items

