# Generated: nested statement trees, set 27.
def fn1(p0, p1, p2: list, *args, p3: str):
    loc2 = 0
    yield True
    print.items = items = CamelCase if __x else 'a' 'b'
while lambda p0=1, *args, p1=(): False:
    if "d" and (value or n) and größe is False >= 'é' < i:
        for k, v in 0b111000110010101111001100000110111100000011(print // n, j <= None):
            if (value ** 0X1Ab9fB952Bd2) ** (data and self and 0b10000111011010100010011001100001011110000100100111111100):
                assert 1E-144
            elif 2.2250738585072014e-308 ** c & + z:
                del a[1:2]
            b << '\n' >= z
    elif (lambda p0, p1={}, *, p2, **kwargs: snake_case_name):
        del a, b
        pass
x and result ** j
k.attr = lambda p0, **kwargs: 0b00111000000111 - data
class Cls3(*bases):
    if -count | node ** r'\d':
        if +n & (9.e+116 & "d"):
            0B10111011000100001110010110101100100101101000011111001000000101 ** c
            pass
        elif (5e-324) * __x:
            async ** 'a' 'b' != (not y) in (await and u'u' and y) in u'u' & node
        elif count(None >> 127587895.0, __x & b'b', print and n, *True % 's', **total)[0000j / r'\d', :u'u' ** n:False ^ False].x:
            data = b'b' ^ b
        else:
            n[::] = snake_case_name = self; del obj.attr
        (count >> π) ** (('a' 'b' | 's') >> (k and b and await))
    for [p, q] in größe | True and ~ n and 132032.32867:
        for k, v in +b'b':
            pass
            [a, *b, c] = y = u'u' >> 0.01; del x
        else:
            x ^= count & k
            obj.attr &= 0o427160514154 >> 0000
        ((node | j) & _) ** ((CamelCase if z else b'b') - (__x << result))
while lambda p0, p1=None, *, p2, p3: obj | node:
    len = node = value << 672779.405537 << b
    if async + r'\d' or count >> obj or await & await:
        len["d" == 871742.132993 is x is not 0:data ** n] = not (print > total) >> (await >> None)
    elif "d".ŝ:
        x <<= not len
        items
    else:
        del obj.attr; del items[0]
        del a, b

