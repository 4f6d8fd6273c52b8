# Generated: nested statement trees, set 14.
items.ŝ = +(x ^ π) == r'\d' >> y - π > total.items
~(1e-235) | 8216611294214655745090310843038278140579 << self
result = a = items
class Cls1(metaclass=Meta):
    (497893.25150 ^ j) ** ...
    if (0x6dDe948214b28C704710) ^ (... ^ '''t'''):
        count ^= '''t''' - ... % __x if print <= obj ^ k not in value > 0B1101010011101111100111010000111 & (0o275332472050070030225) else - (u'u' % a)
        class Cls2(A, B):
            if +self and (2.5E-159 or r'\d' or k) and print ^ obj:
                count **= c & items
                ((0.000000000000001) + '\n' >= '''t''' ^ "d" >= obj + "d") / ('''t''' - (obj & 000))
                pass
            elif (0b0101011 and await) ^ (self is 317749.98214):
                größe = a, *b = ('s' / CamelCase) ** key ** ...
                {~(snake_case_name ^ j) for (total, CamelCase) in z('\n' is not result is 515 <= 'é', end=lambda *, k: c)(j * 's', k=~i) if not 'é' % '\n' for y in (2.5e+70) | x or not 260072.467192 or π}.items
                assert 'é' ^ async, 0Xa70 << (000J)
            elif "d".append:
                len = - 1e145j ** (result or r'\d')
        for (a, b) in (0B10111111100001010111011110001 ^ b'b') // ~ n:
            try:
                continue
                pass
            except (KeyError, IndexError):
                pass
                continue
            except TypeError:
                pass
            except (KeyError, IndexError):
                count, obj = n = ('s' & 'é') // (len | 0); not (b + 'a' 'b' if (value if total else (1e23)) else ~0x30E16f12C7b0fdB5ae57f)
                count |= - (self + obj)
            with ... ^ x and (66432634669158063912997353070935 if .876455780 else z) and y ^ n as out[0]:
                ...
                count >>= not r'\d'
            try:
                k[y & b:not ...] = k[...] = key
                async[...] = CamelCase >> 's'
                key
            except E:
                del obj.attr
            except mod.Error as err:
                continue
                continue
                k if True else 389566.446453
    elif (864679421. <= 491433536. is not __x is u'u') ** (0000) ** False:
        class Cls3(*bases):
            pass; count <<= []
        assert π(not value >> 94049625, k=c + (0X71b63c3aA0ed9b4) << (not node), sep=~ név or _), True
    else:
        if len:
            0O2 << self
            pass
            pass
        elif 78113749868617949193284153629040784529 in (not i) < (not b):
            with (lambda: async) | ~0X49AbF15dAFbd85e0f143c4453e, __x[.5E+240:568928908.][:67774392783230910206389] as self.res, 2.5e-226 / (π and größe):
                pass
                items[0] <<= {'\n' >> result & ('\n' ^ x): + - data, 00 & key: snake_case_name()(0o215277 and n and 0o254106230465011, end=(0000) // (0b111110011100000011011001100010110110000), reverse=await or value or i), not 0X43BdA203eC3CC72abAe & print: node(self and c for snake_case_name in None | 958615)}
            @x.y.z()
            def fn4(p0):
                loc5 = 0
                v = (825j)
                items[0] *= (lambda *, k: print) - ('a' 'b' >> (239186.803431))
                c, a = (not 999999999999999999999999999999.0 if 0O6406132234002723 else 'é' ^ név) | await.append
        else:
            pass
            assert b'b' // ... is not async - CamelCase
            if ~ (data or print):
                count += ((0xD982C19daFf15 | result) ^ +.991024362) ** value.ŝ; x **= result and (0.000000000000001)
                j.left = key = (result <= snake_case_name is not _ < 0xCab5aE63eEfF9b0D) & ~ '''t''' & (n ^ print <= 'a' 'b' - i is not (1e22 or async))
            else:
                z = - ((64689272287852343425427599 & await) << (_ if 0E+188 else value))
                pass
        assert (value if i else total) >= b ^ len <= (c and y and value) != ((.470259185) and '''t''')
        @wraps(f)
        @cache(maxsize=1)
        def fn6(*args):
            loc7 = 0
            async = obj = - 206j
            while (0O0277462173060047 if print else True) and not 45761.817066:
                j = (u'u' if 94932556448147 else node) and 'é'
                global g3
with '\n' // snake_case_name and ('\n' if True else j) and (lambda x, y=1: '''t'''), b ^ "d" if items % u'u' else r'\d' & x:
    del obj.attr

with result ^ value ^ (b or len) as f, obj ** u'u' in a as (a, b):
    pass
    (__x and u'u' and 'a' 'b') | print
    while +(key | result):
        if (5e-324) and (b'b' or c):
            assert π & _; not 's'
        elif result & z and await ** 628846096. and (len and (0000) and a):
            await = a.ŝ
            print.real = node[::] = név; pass
            assert r'\d' is not 100000000000000000000000, x ** .413741585 & (r'\d' is print == snake_case_name)
        elif {(00) for obj in π for i in None for (key, n) in b}():
            assert + (not 695934.208675)
            count = x = {...: True for n in ... if .108740330 if self << '''t'''}.value & (b'b' << CamelCase ^ CamelCase ** n)
        else:
            break
            count ^= (y ** obj or (n or node)) ** (759113346.)
            count //= (y | (0O33323630452)) ^ (CamelCase | größe)
