# Generated: nested statement trees, set 45.
pass
if 's' ^ '\n' or self or + True:
    def fn1(*args):
        loc2 = 0
        _[00 and 169171.927176 and "d":~ c] = u'u' ** key ^ total & ...
        obj.attr ^= + 0
elif {print: b'b' & (427733044.0), 0XF03DfD9 >> y: value ^ print, True and len: -0e133}.next(True and 'é' and 0b11010 for len, self, print in not u'u'):
    if -0B0001101111000010 << (key ^ count):
        (a, (b, c)) = [a, *b, c] = (not not c) & i(*π, sep=+snake_case_name, reverse=snake_case_name % 'é')
        items[0] <<= ("d" or i) // (k and 0b10010110011011000110000010101101); x += (530472.742589, +(0O0430673007465277725157605))(count, not (0B110011000001011000010101110011100100110111101011101000), ~CamelCase, reverse=... & 'a' 'b').value
        ('''t''' >> z if b or x or await else not (0x5)) | node(név, ... if print else key, 29371.150714 ^ CamelCase, default=2.5E+45 ** self, k=b'b', **z and None)(~ CamelCase, lambda x: None, k=x)(*0o34576066703 >> await, end='é' & x)
    elif {len << név, True, True * total}.attr.attr:
        v = 'a' 'b' ^ False | (0000) ** b'b'; k = not True & 's'
        assert (snake_case_name or 99999999999999999999.0 or 0b1100010000010100011010110111010110010011010111000110011011100011000) ** (n & result)
        count -= ~9.e-352
    elif [_ | k, not a].next:
        total[items | snake_case_name:'''t'''] = len = value if x ^ név else '''t''' % y; pass
        value.attr = key
        *a, b = node, n = not {b'b' >> data, items != y in 'a' 'b', a ^ a}(n, None ^ "d", 9.e-42 or items, end=~ obj, sep='''t''' or ...)(not r'\d', k=980853856. if .5e-89 else count, key=x and (58700056727213836983466115)); pass
    else:
        del x
        pass
    y = -(print + größe) & None ** (740j < név)
with y as out[0]:
    def fn3(p0: "doc" = 's', p1={}, p2: "doc" = a.b, *args: (int, str), p3: [int], p4=a.b):
        loc4 = 0
        class Cls5:
            with n(async & False) as self.res:
                b.attr = (self in (5322157989631096555680817999295990092 and x and key) > (y is not 'a' 'b' not in 0XAFeF3dD1aeedAF0C22c1A96e8)) > (512339910.0 >> await) ** (b and print and data) >= (not k) - (k and i)
                név, snake_case_name = b'b' or CamelCase
            ~ total
        for i in -0b00000111011110010101111110110010000111101101110010010101111100000011:
            while ~(data + value):
                x |= {}
            else:
                __x
                lambda x: größe + 0b011010100111000001 | b'b'
            if total[:]:
                k = 'é' - '\n' & (async if 000 else 's') | (000 + True | b)
            elif k:
                global g3, g2
            else:
                del items[0]
        pass
    value = (π ^ n) + ((475j) and 'é')
    if 747107 ** result < snake_case_name ** x <= (lambda x, y=1: 678j):
        if (9.E+64 or '\n') >= items ^ await not in 4951760157141521099596496896 >> print:
            with (self & True) >> 'a' 'b' // c as f:
                items[0] //= (0b01101001100100110101111001110101100101111010100101010000001 ^ c | (items is not 'a' 'b' is not 1E+299)) << await(... or 3453993117401279)
        else:
            for [p, q] in not név:
                not 930016.140785; assert (b and 0b01000011001101111000000011100110010010011011111000110100011110001001 << j and π % 125711608.) + (True / (2.5e-237) is 'a' 'b' < (value and 'é' and c) is not 0XEFBd08CC4Bd5 % 0000)
                break
            else:
                pass
            node.x = i(reverse=True, **total if (0000) else z)
            del (x, y)
        count >>= 1e22
    else:
        for x, *rest in (not 15924.461263) ** (lambda p0='s', *args, p1='s', p2: False):
            try:
                assert async << ..., 5e-324
            finally:
                név = c[:] = ('s' + név if u'u' % "d" else not 898643885.0) - (self or π if True / items else '\n' or result or b)
                count |= (0b1101100111110011110001111101010111111011100001001010111100) ^ (71)
                await.attr = lambda x: 262883.771731
        def fn6(*, p0: lambda: 0):
            loc7 = 0
            if (None - node) ** (742469.566837 <= 83j):
                pass
                not result
            else:
                z = print[~ 'a' 'b'] = 368j % '''t'''
                assert print ^ self
            if (node >> 0O767071660) - (lambda p0, p1=lambda: 0, *args, **kwargs: obj):
                data(000 // key <= (lambda x, y=1: n) == 111782.757521, __x >> (lambda x, y=1: 0x6EBC31ee01efDAb592f), reverse='''t''' ** π % ('é' ^ (0o77716)), k=not 430j, **(a ** n for y, _, count in 'a' 'b' ** False if (lambda *args, p0, p1, **kwargs: ...) if +True)(default=(0x5f4f2D50832D7) + ...)(sep=self, reverse=u'u' ** 's'))[not 's' * 's':(False - node for node in k / z), ~ '\n' << (not (1e-79))]
                result.x = ... & (0x7cA0DdebE2C7FFe01e2F5CC67a6B & x)
                obj.attr &= (0b111011101010101010) ** i
            elif (node or len or 'a' 'b') and '''t''' and (0000):
                i, total = result = (-π if None else not __x) & ((z ^ '\n') & (key & 9.E-205))
            elif data * CamelCase >> j:
                z = (yield)
                del obj.attr
                pass
            class Cls8():
                data[not '\n':] = total
                obj.attr //= (None // a & len) << (b'b', _ and 166857712., b)('''t''' | (.380198179), key=0o6747166720366766021272 << 1e23).append
                data('\n' / True or len // j, i ** 917955.519063 if 48530086821860017313 & len else 0b10111111100001100100110111111101001011 or data, (größe or 0B0101101010110101110101110000011 or b) ^ await & k, end=(größe & __x, 0xFcC2 or 0B01001001001000010010011011010010010011101001001110101101010111100111 or (707))(..., 00, value and 's' and c, *größe | x, default=c if self else (00)), sep=a(__x, reverse=async + (0b01010011100011000011101010110011100001110000100010100001111001)))(len.real, reverse=(obj ** 'é', b'b' | größe)[18397701343350134374661358367][1e23, 22680262584505366579821640733399 << 303545.242445, lambda: 661j], key=név)
        while (név or 674182164392707668822806996287450865 or _) + (CamelCase > async in (0B0111000)):
            if (größe or größe or 0x48CFF9C6D1Ed7) and (obj and π and 2.2250738585072014e-308) and not ...:
                a = (a or total or 's') + (5e-324 ^ y)
                items[0] /= self ** i * ('\n' + obj)
            elif [.5E-240 >> y, items, größe ** n]:
                continue; break
            elif False >> CamelCase & (False or c):
                del (x, y); break
                pass; break
                len.items = név
(snake_case_name / _)(n | 0b1100010010111001111000011010111101001010010111100110110101, π & count)[obj is data > j:939851.234205 ^ (0o55):] if value else (0O554 and count) >= (not 0O6333623106105746) != 's' | 's'
class Cls9(metaclass=Meta):
    items[0] ^= ((0O0511417436463) or snake_case_name or "d") - (0XB3311Da87EA5 and i)
    def fn10(p0=x + 1, p1=1, **kwargs):
        loc11 = 0
        del items[0]
        ~x or obj or (False or total or y)
        global g2, g3
    while not 0O7707024365113 + value:
        pass
        (lambda p0, p1, p2=...,: π) - y
        break
with 880175.263121 or z or ..., r'\d' if not ... else CamelCase << a:
    def fn12(p0, p1=x + 1):
        loc13 = 0
        del (x, y); assert z, +(0xcb79aea4Bcb18c0eC)
        j.real = (a, (b, c)) = b'b' >> b
    try:
        pass
        2.2250738585072014e-308
    finally:
        assert ~obj
    del a[1:2]; assert π
