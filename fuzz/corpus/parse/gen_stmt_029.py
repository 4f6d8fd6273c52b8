# Generated: nested statement trees, set 29.
with not CamelCase & key as self.res, not snake_case_name in count:
    @deco
    def fn1(p0, p1, p2, *, p3=None, p4):
        loc2 = 0
        try:
            (681908.57354 and snake_case_name and 'a' 'b') >> 0b01111100001110001011011000001111111111; del a[1:2]
        finally:
            n = z, i = (r'\d' | await if 's' else _ ** z) / ((1e-272j) | ... if n else not 0b0011111000001010011010)
            return
            del items[0]
        items ** __x ^ 'é' ^ _(None, *b, key=total & '''t'''); obj
while 5e-324 | async | (b or 1000000000000000):
    del (x, y); b[r'\d' is not .846936265] = (obj ^ total) * (r'\d' or π or 1e-380)
    break
with (000 and None) in j ^ items not in π, ... << j // 0B0001011110001010101000001001001000100111100110001101110000010010 as self.res, 5e-324 // .324341008 as f:
    if 368957630021028390 & név + b'b':
        try:
            (CamelCase ^ self) >> ("d" or await) | (obj or b'b')
        except mod.Error as err:
            del obj.attr
            (0000)
        except TypeError:
            del (x, y)
            del x
        except Exception as e:
            0o7530672002460375314041241
            async = (23945242826029513411849172299223580994042798784118784 if i else self) ** print
        else:
            x += (00 // j or snake_case_name ** node) % (x if not result else True | "d")
            (node ** await << (True or c or async)) * (not c | 0)
            del obj.attr; await = 807j if self else count
        if (n | 0O32) ** node:
            obj.attr *= ('\n' > (0O7074636612641)) & y
        else:
            del (x, y); - ("d" & y)
            assert [obj(end=9056246030333234 ** 'é')(__x for név, i, c in u'u' & True).left for async in '\n' >> '\n' == j * key > n | név in größe & items if data.attr[b'b' % 1e23::] if größe(j, ~CamelCase, 0b10010011110111011101101011010100010110011010111010010101111, k=9223372036854775808 & név) for (count, név, len) in (~ (000) if y and total else None if '\n' else "d") if 'é' | "d" and self // total]
    class Cls3(Base):
        while - key:
            print ^ 'a' 'b'
            count ^= (CamelCase ** self & (False ^ 0O157566622746663365200)) >> x(π, (.122827507) % 'é', x & False, *(0O742) ** b'b')[:,](None % u'u')
            continue
        else:
            größe = c and True
            assert π ** '\n'; (not not 4562390351421) & ("d" ^ c ^ ... << x)
            y("d" // π, key=+y, end='s')
        def fn4(p0='s', *, p1, **kwargs):
            loc5 = 0
            obj.attr *= +j(default=-'\n')('s' | True, n / snake_case_name, reverse=i ** CamelCase, end=not y); global counter
            global g3, g2
            del [x]
        class Cls6():
            a.ŝ = (244634213327739955057802061262877).real
            del a[1:2]

class Cls7():
    assert ... and π and größe, größe.left

with CamelCase[...][n ^ 'a' 'b'::, CamelCase ^ (0O3771635014413020554022165), ::] as [x, y]:
    if {r'\d' if 1e+6 else await}('s' - total, not key, 'a' 'b' - None, *'a' 'b' >> 412577.300219, end=-0X5d6ee588aF633C9951E5E6)(__x, not a, data if 00 else False, k=- snake_case_name):
        len = print = True ** (r'\d' + c) ^ (lambda x, y=1: -0b100111010111110111100010100100110000000101110001110010101100001)
    elif (not c) >> (a | items):
        items[0] >>= (not π) + {True: -key, _ + 0b001010111000001011001011100111011101011101111101111111010001: 'a' 'b', r'\d' >> len: __x}(items, reverse=_ ** b'b'); count |= lambda p0, p1, p2=x + 1, *args: u'u' & 's'
        del obj.attr
    else:
        [a, *b, c] = key ** 0o47
        del x
        obj.value = y > '''t''' in obj in 0x2D34b3c3d042Eac126
    class Cls8(Base, **kw):
        (a | - 's')
    for i in [982263.119461j if 9.e+10 else await](b'b' % 000, end=obj & 'a' 'b', **...):
        assert {1e23 << value if (0X4F1988) else 1e23j if π else 178097.485818, z.items.ŝ}((_ & async) // ('a' 'b' << items), (b'b' >> név) - (0E+277 is k <= 9.E-315), n and await / False, k=k ** ((0000) * node))[(False if (0) else (0xA4b3Ae3DCeaEd25CC3c1D)) & ((996799.103374) | b'b'):(not 'é') % (_ & y)], név(größe | ..., **False ** z).left | + (False if _ else n)
        pass; count = r'\d' ** True << .230873563
        a, z = 0 / a
(obj if b'b' else a) or None

with (True or obj) ^ (not '\n') as (a, b), (obj | u'u') >> c % größe as f, not True < data < 99999999999999999999999999.0 is not 's':
    for i in b((76526053163839j) or False, _ ** '\n', not b'b', end=(.500940797) and π, reverse=print)(async ** ..., *"d" if __x else n, k=not (1e22)):
        if 649206 ** b <= z & async > i - 0b01010010001101000101011111:
            try:
                del a, b
                del a, b
                pass; pass
            except:
                continue
    for [p, q] in key >= 'a' 'b':
        for obj.attr in név(z & node, **501526.931016 & n):
            with (593) not in (False or CamelCase or '\n') == (... or print or z) <= "d" ** print as self.res:
                continue
                snake_case_name < 8863661. not in 9751997469646644465334088421 < n
                pass
        class Cls9(A, B):
            for (a, b) in "d" ** '''t''' >> result - 'a' 'b':
                y[async ^ 2.5e+198, größe in 0 is not None is not _:j | len:] = snake_case_name = value[print | j, await % None:0B01 or 9.E-369:, 'é'](y | 1e23, 1e23, end=await ** (8622508866214035619934373714671), sep='\n' & 'é')
                pass; x **= (0E201 & x / b, self()[:größe * obj:, 332000.976336, + node::async].append)(not data + größe, k=not y == c > await not in await, key=j << await and ~x)[True ** '\n' if j else n or None or (403703452.0)]
                continue
            total.value = 's' ** b'b' >> n | (snake_case_name - y) * (... >> k)
            @cache(maxsize=1)
            def fn10(p0=..., p1=(1, 2), p2=-1, *args, p3, **kwargs):
                loc11 = 0
                pass
                z = (yield)
