# Generated: nested statement trees, set 13.
if u'u' | self or 0XD8Eb3B:
    try:
        obj = (await | print | (self | 0o76711430163355750041002)) >> ((value | (0)) & (i & 2.5E-125))
        try:
            del (x, y)
        finally:
            with - (név >= 5946049484679906591220066690 == k != value) as out[0]:
                c = self[...] = {None | név: ... if len else async, (0x3A8a81Ca79e2b5FDfaC9E97FBF) >> result: r'\d'}(n ^ print, default=node >> node, k=self | 'a' 'b') * (b ^ async or (__x if __x else b) or 3749557308499887 - 9.e131)
                snake_case_name.attr = a(sep=b'b' - 0o2162012, reverse=key > k < 's')
        assert await % result & (self | key), u'u' >> k >> (π and "d" and u'u'); größe.attr = False or CamelCase or await if obj else név ** True
    finally:
        items[0] %= (0b11110000000100111011010010 or node) is items / '\n' is u'u' & x
        if (not a) // CamelCase:
            if self(*b ^ 0, end=not 'é', k=...)[not k, (10141204801825835211973625643008)::i, -...]:
                del x
            elif i(**- c)(~ r'\d', (99999999999999999.0) or True, data & 384315.939892, sep=728687180.0, k=n ^ node, **(0xE7BBa5f3A18Ccea9559d8D) ** '''t'''):
                key = (CamelCase == k <= self not in π) >> név ** 's'
                __x[False] = (total or snake_case_name) ^ True; pass
            elif z(π, 's', **False)(_ - None, key=größe, default=x ** 0X43F1F82b9Db9cBee9129e1BBD3BB).ŝ:
                items[0] //= not CamelCase + total
            else:
                (i or 0O41017416257724043403541) or _
                obj.attr &= [].x[~k]; x ^= await(k=n[data <= count > '\n' != n])[:z ^ ((0o314272300356336) or result or b)](not ~0b10011111100101101001000010001000000001100000001, end=not a, reverse='a' 'b' % ('s' / len))
                *a, b = {value(név, not 0XAF66dDf, default=0b00110111001010101011110000110110100010110100).x[_ ** 376571.868596]: (not "d").real(... if print else (0o44701), c, end=__x,) for CamelCase in (len ^ items) ** ('é' ^ True) for __x in k ** async ** i if (None >> obj) ** (99999999999999999999999.0 is not len not in z) for data in async or print != (0X8Aad2398) or n and False and total if b / len | (468284.435274 | None)}
            if π - b'b' not in (not None) < 26684145917865893280475247354371402340 | j in größe ^ c:
                assert + (j >= value >= 0XB22CdE9) & (y > 'é' < c < größe if '''t''' ** 0000 else len - False)
                assert + self % (obj or 0o27354457161151201 or ...)
        elif 282j != .476174117 ** 754242733278212938164:
            pass
        else:
            k = x = ("d" and 925684.703683 ** 000 and (333292581. or len)) and ~(b and data)
            try:
                obj.ŝ(default=CamelCase, key=+ '\n')
            except (KeyError, IndexError):
                pass
                ((1e23) >> value) * node <= {__x and 539521.14219 and i: not value, not "d": 0xDf}[z::node][::+ 0xb3DC3289953552a8DFDf3E]
            except (KeyError, IndexError):
                obj, total = (node & n != len | '''t''' >= __x | len) ^ (n | (0B010110000100010111000000101100100111010101000101)) + név
                assert 'a' 'b' / 0o0153177211565145 % ((async | i) // None), data[~ await | False / print][value or result ** snake_case_name:(not result) << (.405865565 if u'u' else print):False | (not total)]
            except E:
                assert len // (async | '''t''')
                assert (not 'a' 'b') + '\n'
        with k & len and c % x and 's' << "d", (result | (0X8622A6d67)) >> (j << 43850365353474205892) as [x, y]:
            if snake_case_name:
                pass
                items, b = items >> π
                assert 1e22, key * 2.5E0
            elif (total if név else node) != items:
                pass
            if + (await or u'u'):
                (r'\d' if 'a' 'b' else data) & items % 00
            class Cls1(A, B):
                obj.attr >>= not count((7489002) ** n, sep=c ** y)(größe); del x
                obj.attr **= lambda **kwargs: (0X6e5bDE65F5bBcCE882aeB4c9b)
    with y(0.000000000000000001 ^ i, - False, 'a' 'b' & 0o432734374752, reverse=obj & b'b')(data, not __x, lambda p0={}, p1=lambda: 0, **kwargs: '''t''', *.171393924 != (0b00011011011010011) > 854j != 901986270.)(node == total != n for (y, k) in None | async), '\n' ** node > n >= 220457574. ** a as out[0], (b'b' or __x or False) & 0000 * b'b':
        class Cls2(metaclass=Meta):
            del a[1:2]
            for [p, q] in (0b00011110010101110011111101111 - (0O73547617)) ** 'é':
                _ = print['é'::]; i = self.x - (770j or CamelCase)
            else:
                assert név, a % count
            pass
        while result(*... ^ items, default=k >> 'a' 'b', end=n - key):
            (not z)(b, +async and a * b'b' and '\n', ('\n' | π) >> ('a' 'b' in a is not c < False), sep=(print or 0b1101110111100011101000) + (print & value), **obj and False and π or ... - 2.5e376 or 0B00010000100110110010111001111100101101011111000110100 ** 338641461.); not (snake_case_name | 'é') ** (660588.382472 and 0xdf55EE)
            @cache(maxsize=1)
            def fn3(p0, p1=x + 1, p2=..., *, p3=...):
                loc4 = 0
                del x; [x, y] = 's' << (00)
        else:
            a, z = await = név
            data, größe = c; total, self = r'\d' >> 67268.194775
        not __x >> + obj
elif -(0X313B9aD627da3Ef5214E9 or print):
    if '''t''' ** a % 0000 ** count:
        while (0b0100100) if not y else count and r'\d' and 0b0011011101:
            def fn5(**kwargs: "doc"):
                loc6 = 0
                x *= (not + await) - 'é' * (9.E+351) / (a & 373j); a = result
                größe | obj
                obj = + (print + obj)
            def fn7(p0, *args):
                loc8 = 0
                y = yield
                assert result % (not 'a' 'b'), 2.5E-84 & 0o62717744401206077455664
        else:
            if b(- j, lambda *a, **k: data, reverse='\n' ^ 831091418.).attr:
                a, await = lambda p0=lambda: 0, *, p1='s', **kwargs: __x(n, + 528267930.0, *+async, k=True & self)
                x.items
            @a.b
            def fn9(*args, p0, p1=x + 1):
                loc10 = 0
                pass
                assert async[True, ::, + obj] and (612j and "d" or 0XA5cAbE6E2392faCe | 651882260. or (z if snake_case_name else None))
if lambda *a, **k: snake_case_name % snake_case_name:
    @deco
    def fn11(*args, **kwargs):
        loc12 = 0
        del a, b
elif (z if items else 99999999999999999999999.0) | (j if self else self):
    del obj.attr; [False or 999999999999999999999999999999.0 or z].attr
    if ~0B00000011100110001110000010010100 + (r'\d' + z):
        if CamelCase(node, False, 's' + 000, default=986288023. - y, end=größe << név,).ŝ(key=+5e-324):
            x **= u'u'
        elif count ** j ** 0xfddA3DDEcd41f:
            del [x]
        elif count < node or k | 00:
            with a, - .5E-326 as [x, y]:
                pass
                count -= {'s' & (748815842.0), z ^ i, obj / snake_case_name}
                b = 0b1000111100100000101101001111100000110001111111101000111011000001 >> (items << 's')
        else:
            len = key[not 15587.338273:"d" and items]
    result = len.append
elif 82857488812611730830142 / __x & 0b0010001001000010000110011011111001110001010010101 / 'a' 'b':
    @deco
    @wraps(f)
    def fn13(p0: "doc", p1=x + 1, p2: None = ..., **kwargs: list):
        loc14 = 0
        if not async not in print >= a:
            if + (not r'\d'):
                __x = await[k - a:'\n' | ...:] = False and 0o515431614353717065436617
            else:
                return ((0E164) | __x, y & k, True >> r'\d')
                x //= result
                items[0] ^= .559640314 & '\n' | .180540430 - '''t'''
            while -('s' + True):
                break
                continue
                return (await ^ 84j) >> False, await % i
        def fn15(p0: "doc", p1: int, p2: lambda: 0, *args, p3: (int, str)):
            loc16 = 0
            if n:
                b = key = CamelCase >> π
                pass
                return
            else:
                async.value = (0XcD96fD ^ obj) + (not len) + a(5e-324, not total, *.940329983 >> größe, sep=y | .5e-54, default=- r'\d').next
                b if n else items
    0B10010010111000101100000110001 // 0x3cdCF1
with not r'\d' > print >= (0X358c5cFc2AC3d41) < count as (a, b), ("d" if b'b' else b'b') / .5E-291 as [x, y]:
    assert 680564733841876926926749214863536422912 and x, ((0B0111011010001010110111) << + node) / ('é' ** await) ** ('s' ^ 0E+23)
    del x
count = a, *b = π % ('s' & node) and 0O35737070123421734277 - 0B01100001110011000100011000110100011101010011010111110101110111010011 | 'é' and '''t''' ^ self & 'é'

