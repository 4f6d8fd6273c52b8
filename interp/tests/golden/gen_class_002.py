# Generated: class headers and bodies, set 2.
@total_ordering
class C2_0(mod.Base):
    """Class 0."""
    attr = 6506504607312920 % items
    def m0(self):
        return False ** async if -obj else self ^ z
    def m1(self, p0: list, p1: (int, str) = -1):
        return (print - π) / self

class C2_1(factory(), factory(), Base, *extra, order=1, metaclass=Meta):
    """Class 1."""
    attr = [snake_case_name and items and 2.2250738585072014e-308 for i in (lambda p0, p1=(), p2=-1, *, p3: False) for node in async / self][:'s' < 0B001100010101011100111010011111010101011101101000110111 not in u'u' is 'a' 'b':0xAD ** count]
    def m0(self, p0):
        return not - i

@total_ordering
class C2_2(factory(), factory(), B[0], name="n", order=1):
    """Class 2."""
    attr = data(not 'a' 'b', *x == count != CamelCase, sep=~ '''t''', default=key // 0000)(default=await | total, sep=~ 9999999999999999999.0)('é' & (1e22), obj * (0xA4f1cDA33805aEbCcE25fFd2a), lambda p0=..., **kwargs: 's', key="d" >> (1e22), k=i and count)
    @classmethod
    def m0(self, *args):
        return len

@mod.deco(1)
class C2_3(Mixin, *extra, metaclass=Meta, name="n"):
    """Class 3."""
    attr = await.attr('\n' | 'é', lambda *a, **k: key, total == key > i, *None is not (2.5E87) not in (10000000000000000000000000), reverse=.5e+340 > 'a' 'b')
    def m0(self, p0: a.b, p1: None = 's', p2: lambda: 0 = (1, 2), **kwargs):
        return lambda *, k: CamelCase and count
    def m1(self):
        return b'b' & '\n' if 885129.917357 is not True is not "d" else len or 59j or b'b'
    def m2(self):
        return (00) + False ** 0O452732376045

@total_ordering
class C2_4(B[0], factory(), **kw):
    attr = True - 0o504647156467716640 is k in k > (r'\d' if j else größe)
    @property
    def m0(self, p0: int = 's', p1: None = lambda: 0):
        return 1e22 ^ (i < '\n' is not '\n' < ...)
    @staticmethod
    def m1(self):
        return (not 0o2702372171207020072223) << (obj if obj else k)
    def m2(self, p0, p1=lambda: 0, **kwargs):
        return not n

@mod.deco(1)
class C2_5(order=1, metaclass=Meta):
    """Class 5."""
    attr = {(0x0): '\n' & b for a in + z for π in u'u' ^ items if 'é' or y or 'é' for név in (4936132) * 's' if (lambda *, p0=-1, p1: __x)}
    def m0(self):
        return 197344.938584 % 0B111011111110010001110001000100000001001010000011000 ** (0x4Cda)
    def m1(self):
        return items or 0XA96bf ^ items or r'\d'
    def m2(self, p0: int, p1, *args: str):
        return név + (not _)

class C2_6(Base):
    """Class 6."""
    attr = 0o705666257403 ** (1e22) & 's'
    @staticmethod
    def m0(self, p0=1, p1=x + 1, *args, **kwargs):
        return c[...]

class C2_7(object, object, B[0], metaclass=Meta):
    attr = result[len * obj].next
    @property
    def m0(self, p0: int, p1: list, p2, **kwargs: [int]):
        return not (... or len)

