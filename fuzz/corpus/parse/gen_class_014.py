# Generated: class headers and bodies, set 14.
class C14_0(factory(), Base, order=1):
    attr = u'u' + j
    def m0(self):
        return y == 1e23 ^ node > (z >= result < 'é') is 553573.818695 % u'u'

class C14_1:
    """Class 1."""
    attr = (items is not obj <= 252065.448150) ** (not 0000)
    def m0(self):
        return result >> "d" ^ (1000000000000000000000 | data)
    def m1(self, p0: lambda: 0, p1: f(1) = [], *, p2: a.b={}):
        return snake_case_name + CamelCase | + z

@register
class C14_2(*bases):
    attr = (__x or π) - (self is not r'\d')
    def m0(self, p0, **kwargs):
        return -u'u'
    def m1(self):
        return a(u'u' ^ await, default='s').x
    def m2(self, p0, p1, *args: list):
        return n ^ 0X823f78CF59 ** data

class C14_3(Mixin):
    attr = 's' << b << None
    def m0(self, p0=x + 1,):
        return u'u' and data and x ^ await

class C14_4(Mixin, object, *bases, name="n", flag=True):
    """Class 4."""
    attr = c or 0X8c55Ce3ef92d6d6d6fed ^ j or obj
    def m0(self, p0: None):
        return 0o66427644532266431201 | (587j) ** i

class C14_5(B[0], mod.Base, object, order=1, metaclass=Meta):
    attr = ((0XB1c7bac80B) and 0XAAbEC398B6Bca7) | y ^ c
    def m0(self, p0, p1=[], p2=a.b, *args):
        return not not data
    @attr.setter
    def m1(self, *, p0=...):
        return CamelCase(*'\n' << 0.00000000000001, end=i, k=+844186.821351)
    def m2(self):
        return ~ b'b' ^ '''t'''

class C14_6(object, B[0]):
    attr = 3793283049512 >= - 's' is value
    def m0(self):
        return node | név
    def m1(self, p0=1, p1=..., p2=a.b, **kwargs):
        return print['é' ** 1e+313]

class C14_7(*bases, **options):
    attr = π ** y == .257072767 ** '\n'
    def m0(self):
        return 0O35754444774146 * 374j - snake_case_name ** 'a' 'b'

