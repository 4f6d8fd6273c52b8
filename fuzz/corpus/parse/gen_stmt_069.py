# Generated: nested statement trees, set 69.
with 0O515741757 == (1E-144) // '''t''' > (259841.102456 and await) in (value and i), + 0b10001000100101100000001111111001001010011 or ...:
    for obj.attr in ('s' is not '''t''') & (... ^ "d"):
        with k ^ len | a, ~None as out[0], név - größe ^ '\n' // größe as self.res:
            class Cls1(*bases):
                pass
                ~ (k ** ...) ** größe
            with 986123347. << _ & (self > 000) as self.res, _.x as out[0]:
                assert u'u', (CamelCase & True or 2.5E+153j & größe) & ~ self
                (9.E68 + 1e+366) / ('é' >> (... >> 9999999999999999999.0))
                continue
            key.left = (items >> "d" and 0o217470332150 and 0e+279,).ŝ
    if not (y if "d" else 9.E-243):
        with (-'\n') ** + 'a' 'b' as f:
            if (lambda p0, p1=lambda: 0, p2=[]: c) // (await + 682274.34943):
                pass
            elif await[...]:
                items[0] *= (not (00) & x) >> (0o61575004071715601650 ** node) ** (not node)
            elif not i / total:
                assert {async >> (0O07055432016152) >> (b'b' if self else count): x(count for größe in not ...).ŝ.x for i in π(83950672264457915424879251, *result in a < 0 not in z, default=-data)("d", True >> 0xaA1BAadaBB4b6477FdDE5Fe9D6bFcE, j, *print & '''t''', **data ^ items) if i(0B0010000110010010100101100110101111101110000000111010 & CamelCase, u'u', items if j else '''t''', reverse=k ^ 'a' 'b',)}(π // async if π << 00 else i / result, not 3307390488252100075105586736944093, *False, sep=0B01 ^ név ^ (π or n or 0))
            else:
                count.next = 181718380329775021583 // __x
                del (x, y)
                pass
            class Cls2(Base, **kw):
                a, *b = a, len = π ** print ** 'é' ** u'u'; ('\n' in (9.E335) >> await) // (.430801823 & print) ** (total | 932042.728890)
        while CamelCase[+value:, '\n' is "d" == i is b'b'][0XeF not in 's', value or größe:b'b' or self or value:False]:
            pass
        v = j[+ '''t''':lambda p0='s', **kwargs: c] = b'b' + key >> (353353.258238) * π and key(None or 0XcdeBd63b65b4e51665AeE8833aB or 'a' 'b' for obj, _ in len)[obj - 'é', snake_case_name::'''t''' % total] and (__x or await) >> 'é'
    elif u'u' >> b'b' | (153):
        class Cls3(*bases):
            class Cls4():
                del obj.attr
            assert ~(("d" or await) is not (__x == True)), név
            try:
                (a, (b, c)) = a[:value & π] = 0xE0A3D25aC95761669A1a ** print
                del items[0]
            except Exception as e:
                del x
                assert - r'\d' >= π & None >= k, ... if node else j
                items[0] %= b'b' + 1e22
            finally:
                self[True, :] = count ** async & (99999999999999999999999999999.0 not in len is 000)
                1e315
        class Cls5(Base, **kw):
            név, i = (a, (b, c)) = (None / j or obj ^ ... or (obj if 736438.292255 else await)) << items.items
            if (712349.376238 | 957109534.) + __x:
                [a, *b, c] = b'b' & (33); i(not CamelCase, 572327.159207 & x, not (0xff10e1F), *node or 's', sep=len and 104028358 and True)
            else:
                value.attr = 39206760463114500295349 or __x or None
                del x
                (lambda p0=[], p1={}, p2=(1, 2), *args: 33166045) if x < value else 'é'
        ((None > .5e-227j) - (async if 'a' 'b' else data) for data in (not b'b') // 's' if (j ^ 'é') << snake_case_name if y(5e-324 and (0000), *CamelCase & x)[len:] for (obj, CamelCase) in j << n | c % 'a' 'b' if c ** z << (__x | _) if i & y is None < None >> value)
    elif snake_case_name:
        if async >> key and + count:
            try:
                [a, *b, c] = *a, b = -('s' >> 0O7574317674042251077)
                .888008346 is not u'u' if CamelCase ^ név else '\n' and snake_case_name
            except Exception as e:
                x **= self or b or snake_case_name
                größe = not (... | 0o35) & (0 and r'\d')
                (b % '\n' | k) - (z & ... & (név or print or a))
            except (KeyError, IndexError):
                +(total & b) & (00 ** _ and k ** ...)
            else:
                u'u'[async]
                n = lambda *, p0=-1, p1=...: z - a
            if x:
                del (x, y)
                {+ await}[52621941667 ^ 0x2cD2D4Ca388156f:not b, result << print:]
            else:
                del [x]; obj.attr |= items is not j > i or (lambda *a, **k: 'é')
                value ** False
            for i in ((2155911910027251982290019009567953015) ^ y) - (snake_case_name or r'\d'):
                continue
                k.attr = (total & count) - (420819.237839)
            else:
                del a[1:2]
                v = *a, b = név << 's' >= 'a' 'b' << await == 0Xc6A58E37c5E342188ffE8047b
        elif (data << 0b011000011001001110000100 if 0o450411372 else CamelCase if r'\d' else y):
            if 107562330. << u'u' or await or 715956899.0:
                (größe | 0B1010101110110111100011110110) << (not y); c = ((π and .230410199) and 'é' >> (0x12) and i + ...) | (0x777CAf1cDE9E49C0Ef1E3CeC76)(0b0011001101101111010100110010000010100001011010000110000101101010001, data and 's' and j, default=312600.195243 & 5e-324).next
            elif (1427247692705959881058285969449495136382746624J if 160948251. & k else 0x75548e443d2D7CD5B6b8F02 ^ False):
                self.ŝ = 0 / 241602312.0; pass
                pass
        else:
            result = True >> items
            def fn6(p0: None):
                loc7 = 0
                [... is not total > 512248.35245 not in a for k in '\n' + név if (0o7244461037336010255503714) ** 868453024. if value not in self == y for größe, total in 'é' if j - (0b101011101001000110110110001101101101010110101001101010010011101111000) if j for c in c ^ z if 0B01100100000110001111000101010000001110100110011111000100001110001110 and i and key].left
        if (_ & 'é') % __x:
            a & (lambda x, y=1: node); assert u'u' | (__x if False else 'é'), ((i if 0O01167003242476052 else π) - ('é' - 34446430456430719696983359709465486)) ** {}.items.attr
            i = größe & (0O04445434367713)
x += (0x76e0c007A6 >> j) ** ... ** (1e22) << x
obj.attr /= '\n' | b; [a, *b, c] = größe * (.5E296)
try:
    async = '\n' & -value
    def fn8(p0=(), p1={}, *args):
        loc9 = 0
        while 13j % 598615204.0 + (z > a):
            k.value = {u'u' - b'b', i, z * self}.ŝ; snake_case_name = node = -result ^ 1139198365955846704205124244178
            assert lambda x: c.next[not '''t''', :0Xb5b << _:items]
            items[0] %= print.append(); items = None ** y
        if False ** (u'u' + CamelCase):
            i
            i
            y = yield
        else:
            z = print // data
            print & (0XEacB10f1e16D) / "d"
            global g3, g1
    (c if 's' else 00) & (423230.302899) % b'b' if ~ '\n' else snake_case_name ^ count != ... | 'a' 'b' != .41191268
finally:
    while obj ^ key * 1E+91:
        try:
            (999999999999999999999999999.0) or await ^ 999999999999999999.0
            items[0] //= n(z | True for key, n, items in u'u' >> '''t''').items; {__x: z // (0) for (_, CamelCase, b, print) in self or len or (216j) if result * (9.e+398) if (0000j if x else 0XbBadBa6664) for self in not 2.5e-63 if név << z} | (891316.339568 != 0B110001100100000101101) ** __x
            ~ False
        finally:
            items[0] <<= '\n' & k
            (a, (b, c)) = größe
        while név.left(value, *n if False else 'é'):
            del (x, y)
pass
