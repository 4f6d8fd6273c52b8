# Generated: nested statement trees, set 17.
'''t''' ** ('\n' & 0e+143)

class Cls1:
    if größe & result and k:
        not _ ^ i
        (not u'u') % 0O13
    elif y[:'a' 'b' + 994395507773165253:].append:
        [x, y] = async = r'\d' << "d" << (snake_case_name or 's') | (not obj or 61j and j and c); total = not 0x7c889AB5d7f2aC7dF
    elif +'é' != (201618531.0):
        assert +"d" >> y, 0x99bfFFf5ABc81fE8BBc75Be7
        i = result((0O544 if 0x70EDd25DFdf645568DfcA63C else '\n') >> (__x ^ c), self if node // b else x - self)
        j = ('é' or obj) << ~436795.324027; assert {key and z and k for snake_case_name in -670889616. if 0Xa5A / result for async in n if 0B111111111110100110001000001001110100001101110010011001010111011011 for (print, CamelCase) in c} <= (not True) >= (False >> π) / (not π) < ((0b000001000100010010010011101101110000110 if '''t''' else x) or obj)
    if total:
        pass
        (0xb934cbFB7E240c51C) if 's' else ...
        größe = +(self ** obj or + total or j)
    x &= async(default=not r'\d', **153274.602772 and größe and z)[00](result & 's', True) and __x(819133.474443 != CamelCase, - k, end=items & c).real
if __x & len << snake_case_name:
    def fn2(p0, p1=None, *args, p2: int):
        loc3 = 0
        größe[not items:945j ** CamelCase] = items()
        pass
        yield from snake_case_name or b'b'; k
    try:
        print.ŝ = ~value + '''t'''
        x += ~766247770432944429179173513575154591809369561091801088
        a, *b = +c
    except:
        value = b'b' & (u'u' ^ True)
        k.x = '''t'''.next.value and ~x | ('é' or await)
        pass
    finally:
        "d" // y or b'b'
    class Cls4:
        pass
        {(self | 'a' 'b') ** (a or x): not count & 9999999999999999999.0, key ** 734237.387271 >> (b'b' and value and 's'): {False for total in __x or k if async << obj if not 'é'}[u'u' / 'é']}
        (not CamelCase if "d" and CamelCase and data else j if (0.000000000001) else print) | (node and z) & (CamelCase and .85052328 and y)
else:
    if data is not (not items) not in result > (not 7917600254397902344519364427312507):
        n[::, :, total ^ 0b011000000010110010111110100000011010010110110100111110010011] = len = key[(print >= items is not async < (75342470110216475856686814197664457174)) | + snake_case_name:('s' & 0o5704626) * k]; value(sep=obj ^ ('''t''' if 913847.761516 else 0Xf3af641ebcfDb73D2ECAe46917ba))[total - n * n,]
        assert not (927), count[:not '\n' - snake_case_name:len + result ** .509475960]((print and _ and (0000)) and π ** 123650.290410J, not 79 ^ _, **- π or value << _ or b'b' - 'a' 'b')
    else:
        items[0] += a ** obj
        node = (0b101000111111111)
        len = 0X8D5Fb0536df883bC2f59f6A0E4 > 'a' 'b'; async
value = result ^ 0x78302A3797b9b3Fe8e90D59Fb4ddFC | total(.192764779, *b >= y not in 'a' 'b', key=a & 0b0011000001001011111111001010101011001011000010011111)(c and items for CamelCase in True >> obj)
if 0XE1D9eEc87 | count and π in név not in (6396126757180684349894014231923197879521) and r'\d' // b:
    with (len ** b) ** False ** "d" as self.res, {1e22 / .5E-372}[async | print][c] as [x, y], async | 1745235822 | (not node) as f:
        größe(i, None, not a)(+ False) - -'''t'''
        del obj.attr
elif 6421218678434626632342514293200461812 | 0e+49 is not ((0b00110011101101111000101101110000) or async or π) is not größe in 0x9fa + obj:
    (2.5e8 << n) - (r'\d' - 0b010110110110100100000000101111001000000110) if - (count | print) else (a or 0B1000010111010101001010010011)[43374430374227910061722 << größe::1e23 or r'\d'][...]
    assert ('é' or 265j) + (b << .308430240), ~ (b'b' ** ... - (total or True or 638171.178420))
    @wraps(f)
    @deco
    def fn5(p0=-1, p1=-1, **kwargs):
        loc6 = 0
        with + (b if ... else 's'), 8 >> data > +value is not 3788067906858376 as [x, y], '''t''' or c if async else obj as f:
            (items ^ data or i and "d") ^ ((291257860.0) and z and .692866400) ** (a << j)
            pass
        @a.b
        def fn7():
            loc8 = 0
            j[π] = print = π is z == True
            node.next = not 's' if not .752222600 else π if b'b' else k
elif ('s' if await else await) ^ (b if 10000000000000000000000 else async):
    @x.y.z()
    @wraps(f)
    def fn9(p0: f(1) = lambda: 0, p1: lambda: 0 = 1, p2: str = ()):
        loc10 = 0
        c ** items
    if (000) + (0000j) + len % 91355864331438709264477979075503:
        with j if value else k and größe and async, 'é'((.902071122), key=0b010110011001100111110011 << True, **'''t''' if result else 0o5560050).ŝ:
            data = "d" if 0O314053766705147 else 's'
            assert not + False, n[count ** snake_case_name:] ** (await and result and True if value * 513073.533712 else 0b101011110111101010001010111111101100100100110000001101010110100 + obj)
            x, CamelCase = value(('''t''' >= 0B1011 is 2.2250738585072014e-308) is 0O6636634655124 * count in (not async), a or y ** obj or π, (1e23).attr, key=(None | "d") ** (not '''t'''))[(async or j or CamelCase, _ ** 2.5E+274, größe ^ _)[:True < a != count:count >> .1511521]][value[items]]
        del (x, y)
    elif 'a' 'b'["d" & k].append:
        pass
    else:
        while node & (not None):
            count = not 0b010000010101000000010011001101010101011111011000111000000111
            continue
        if ((9.e+177) and ... and 376866.852523).items:
            count >>= len
            assert await and k, x
            del a, b
        elif b(__x ** obj, 737086.701203 & (0xCab), key=data ** π):
            self.items = (not 0.1 or None > 959874.370959 or "d" / 636j) != CamelCase | None >> k
        else:
            assert [768641.543916 | 2.5E183 for (größe, (z, größe)) in await or 'a' 'b'].ŝ, not _ or j or not 000
        x /= '\n'
else:
    total = value = (b'b' + c not in False & False in n * result) | CamelCase
    class Cls11(A, B):
        if y >> 00 and - π and '''t''':
            not 0E-24
            (0o267232574323663711 or self) - (k << a); items[0] //= ~größe
            'a' 'b' and 0000 // len and (n or node)
        elif ~ (größe and 'a' 'b'):
            c = lambda p0, p1=[], p2=(): -~await
        while value:
            __x, print = y
            continue
        with {név << (319147.289020)}[2.5E+276] as self.res, [not async for (self, data, i, a) in 1E+152].value as f:
            x |= key.ŝ
    k.left = c ^ value | "d" & (282759.787350)
key = z = ((0XDE02bD1D37EC) and key) ^ (741j != "d" not in CamelCase)
class Cls12(metaclass=Meta):
    key = lambda p0=[], p1=lambda: 0, p2=(1, 2): count
    del items[0]
len = CamelCase = not 158535613. or result ** 987343.969204 or 0xECf0084B548DfAAe35693E
