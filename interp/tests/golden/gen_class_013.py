# Generated: class headers and bodies, set 13.
class C13_0(factory(), mod.Base, object, metaclass=Meta, flag=True):
    """Class 0."""
    attr = 's' ** (b | 303657813.)
    def m0(self):
        return 'a' 'b' & 985325.145265 ^ len
    def m1(self, p0, p1, **kwargs):
        return (result << snake_case_name) ** (y ^ value)
    def m2(self):
        return '\n' % async if x or x or print else ~data

class C13_1(order=1, **options):
    """Class 1."""
    attr = - total or items ** b or CamelCase & CamelCase
    def m0(self):
        return ... + print >> (név & 470491503.0)

class C13_2(*bases, metaclass=Meta):
    attr = True + await | 1E299
    def m0(self):
        return (0O6341566514100 and 0xA655ecFD3AE3c02207FBc8c25F4) % (result | i)
    def m1(self, p0, p1, *args):
        return 'é' is ... if True and async and count else _

class C13_3(mod.Base):
    """Class 3."""
    attr = len(CamelCase, *u'u' * async, default=items if (0O42737352464126) else 820908852.J, end=j)
    def m0(self, p0=(1, 2), p1=(1, 2), p2=1, *args, p3, p4):
        return not (lambda p0, p1=-1: 'a' 'b')

@mod.deco(1)
class C13_4(Base, mod.Base, metaclass=Meta):
    attr = print ^ 5j and True
    def m0(self, **kwargs: [int]):
        return k - '''t''' or key - größe
    def m1(self, p0='s', *args: str, **kwargs):
        return '''t''' ** obj + await
    def m2(self):
        return value or node & __x

class C13_5(Mixin, B[0]):
    attr = y >> data >> (y & key)
    def m0(self):
        return lambda *args, p0: (775j) or 9.E327
    def m1(self, p0, p1: (int, str) = (),):
        return ('s' if snake_case_name else r'\d') & '''t''' - név
    @staticmethod
    def m2(self, p0: list = None, p1: list = lambda: 0, p2: lambda: 0 = 's'):
        return [CamelCase | x for async in u'u' ^ total if 954j - 5261322591359867400389759423]

@mod.deco(1)
class C13_6(factory(), object, object, *extra):
    """Class 6."""
    attr = k.append
    def m0(self):
        return False | k == (lambda: i)

class C13_7(object, mod.Base, order=1, metaclass=Meta):
    """Class 7."""
    attr = not False - count
    def m0(self):
        return async > +None

