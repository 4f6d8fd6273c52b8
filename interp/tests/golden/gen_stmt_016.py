# Generated: nested statement trees, set 16.
@deco
@x.y.z()
def fn1(*args, p0: list=a.b):
    loc2 = 0
    (items + .5e-354 + 000 ** data) ** {"d", - b}[async or π or '''t'''][x:-obj, self - async:914j:not data, :snake_case_name >= π]
    for [p, q] in .5E141J ^ 000 >> 0Xc4bf4815BDda:
        obj = value = c
        for (a, b) in (u'u' & 443j) ** (self or __x or n):
            del obj.attr
    else:
        yield from (z ^ print) - (9.E-233) if 0o6730100371362323007465232 ** i - - név else b'b' >> größe
        return
    global counter, g3
if '''t''' & j >= False ^ x not in ('s' or async or None) != x | None:
    b.next = (a, (b, c)) = 'é'
    class Cls3(*bases):
        class Cls4(*bases):
            c % 0000; count ** 0o52440
            await | '\n' | value; count /= ... - len
            data[...] = obj - r'\d'
else:
    node[név | True::] = self = '''t'''; (0O3601147365).ŝ

if ('é' not in 988235007977996143530448724) & (0B100101101010100000011000000000111):
    count |= (459763.792912 & key) << ~ (lambda p0, p1=-1, **kwargs: True)
elif count ** (b'b' is x < 353241.971808 not in b):
    try:
        assert not c if b << snake_case_name + größe else név ** c / ('\n' and None and _)
        del obj.attr
        (a or (0) or 405017046995336681293177984896) + '''t''' & (x + 916643.672749 or - 0E+184)
    finally:
        -total ** await
        (a, (b, c)) = j & 1E+314
        del a[1:2]
    @a.b
    def fn5(p0=a.b, *, p1, p2=[]):
        loc6 = 0
        assert 861931.805862 and snake_case_name and '\n', obj in r'\d' is not (1000000000000000) <= 0o517016237542743
        del a, b
else:
    try:
        async, größe = obj = név; snake_case_name = név = 1E-47 and ... and n if +result else ...
        assert total % ... or (... or (0o50555543114212602) or x)
    except ValueError:
        self[0X825fae48B2636Db9Ba5c23acA11b5 | 56009393.:][k is False < 27953661. not in i:0]
        total = (CamelCase and '\n') > data
        assert j
    except mod.Error as err:
        del [x]
        x, value = not π > b'b' < None not in None
def fn7(p0=1, **kwargs: list):
    loc8 = 0
    try:
        return név.left, ('a' 'b' << items) - None
        class Cls9(*bases):
            assert __x ^ r'\d', y % True % ('é' | '\n') ^ (00 ^ await in (157314467803899737741599165994517792707) & result is data)
            assert count if 1000000000000000 else _
            assert (k - x) / -False, '\n'
    except (KeyError, IndexError):
        for [p, q] in 95377665.0 | data:
            count ^= i(.379088491, sep=n or False, end=b) << {r'\d': (9.e+342) for (node, (key, y)) in _ and CamelCase if y >> obj if j & r'\d' for (count, (a, i)) in __x in total is n if result | count if ~total for obj, async, größe in 0o32467267344063567034 or u'u' or π if c}; CamelCase = obj, await = 0O64
            b
            print[a:] = 'a' 'b' & (count and items)
        z = (yield)
        x //= z // név ^ '''t'''
    with not név ^ self, __x as self.res, None << len + 999999999999999999999999999999.0 as self.res:
        with __x(508515.159011 and node, 'é' or True or key)(5e-324, result | c, end=+'é')('''t''' >> i, 'é' < True >= __x, default=CamelCase ** result, end=not 0B1000000100000110001100001100000000110010100001111111111110000110001101), not result ** "d" as f:
            assert j, not (0e-195) and .328518183 - total

