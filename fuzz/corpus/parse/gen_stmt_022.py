# Generated: nested statement trees, set 22.
@deco
def fn1(*args):
    loc2 = 0
    if snake_case_name('é' + b for _ in (352j) ** π)[self]:
        def fn3(p0: None = [], p1='s', p2: lambda: 0 = a.b, *args, p3: int, **kwargs: None):
            loc4 = 0
            True << (π << u'u') or u'u' & (lambda: snake_case_name) or (not 99999999999999999999999999999.0) ** (n % x); return 0o573376411265733401310 << r'\d', (True + (0xcdD9DfD6817BdfeA8F9eEbF5b07 << 981813), count & i & (total & b)).real[- (... if print else __x), 332j ^ 645532.394856:+ (not 0b0111110010100000110000010111100001001110111001000001001010000100000111)]
            c[_] = - (key + r'\d' | 's' << 0O221317)
    z = ((False == π < len) ^ u'u') + (~ (0Xea)) ** (not ...)
node, total = ~a
del x

node = None ** 1E+311 - (k not in node < self) ^ self[:'''t''' | i:333333.874265 == None >= r'\d'].left
3669783 in k / total
i = -(lambda p0, p1=..., p2=lambda: 0: größe not in obj); c[CamelCase ** 00j:not print, :not 2.5E209, :586813853. or b'b' or 0.000000000001] = j = 'é' and 846133288535916600939689329345498 >> x and 0B11010100010111 or z or (~ 's') ** ('é' // data)
