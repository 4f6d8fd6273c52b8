# Generated: nested statement trees, set 34.
while (not 868452.872725) ^ 's' & (0xdaF1c8b1333B):
    try:
        x %= async ** 'é' >> ((9.e-361) or 704060.620912 or a) ^ (r'\d' + 0XdA1Cb2 or items)
    finally:
        név | 'é'
    continue
items[0] &= snake_case_name * self or obj & "d"
def fn1(p0: lambda: 0, p1: None = x + 1, p2=[], *args: int):
    loc2 = 0
    class Cls3(*bases):
        items[név if c else 924233.903178,]
    assert 's', not 165732698. | 0b0011101010011110100000101011101111101101010001100100101110100; (-key for node, count in j if a for név, __x, y in .5E66 and név and None if (0x78da6EC) in 0XcA7fEf53B9bD497ed746D33DF1e == data <= obj)("d" - CamelCase, True not in self != _)
if "d" or 999999999999999999.0 | 0o253417006631:
    for k, v in ~ (r'\d' and async):
        (1E+93) // obj
        try:
            while False - (0xd5afbaB) ^ (b | CamelCase):
                CamelCase & 0000
                99999999999999999999999999999.0 ** (not True)
                ((b | j) ^ ('s' if (0B00011100101101111000111000001011000010000) else snake_case_name)) & ("d" >= False is 'a' 'b' or ... % value); async
            else:
                assert (n < 'a' 'b' is None) * (k << 174528032616681226281) << ('a' 'b' ** 0b00010001110001111101 | -u'u'), len and 0o442424476514013122527464 and k
                break; break
                'é' ** größe
        except (KeyError, IndexError):
            @wraps(f)
            def fn4():
                loc5 = 0
                global g3, g2
            class Cls6:
                *a, b = key - False | y
        else:
            del [x]
elif ~ k + (c & u'u'):
    count, self = ((y ^ print) - (0xd2Df9d0F1Fb | items)) % ((None ^ total) - k)
else:
    try:
        if - ~ await:
            with 'a' 'b' ^ (0e230) or __x / j as (a, b), (async and "d" and j) & c, (__x or CamelCase or 0XEa4D1F9b0C8BCC46) ^ (not y):
                del x
                del [x]
                del [x]
            try:
                await = not print
                del items[0]
            except:
                data
                assert await << total, i(*snake_case_name ** None in (n and x and b'b') in count ** 'a' 'b' in count, reverse=(... or c or await) * (i ^ (300842040955647665)), end=(852j + r'\d') ** (n ^ 's'))
            else:
                x ^= - (('''t''' or __x or node) ^ 0)
            finally:
                assert z & 158349.406696 & 0o5451 ** a or ~a ** 8228492377851444
                assert r'\d' + 's', c.real; del a[1:2]
                x %= 0o05221253601243471 if 821196204.0 else z
        elif not 0000 ^ print:
            if b / 396288.498206 in (0o511441 or ... or z):
                None / n
                async.value = (998577.528313).items
            elif ~ (value ^ ...):
                self = (a or (print or 'a' 'b') or False ** π) & - async; print = -result
                größe | (not '''t''')
                assert items << False
            elif -(10141204801825835211973625643008 and c and len):
                pass
            data = __x = not ~ 0E+306 ^ x ** __x
            if result ^ (key or obj):
                v = y | név
                assert node
                (00) is not None < (1e+231) != async or 688419578.0 and 'a' 'b' and (0e-280) or (data or 0000)
            elif "d" not in b'b' + k not in (self and 0 and 1E-132j) >= print & items:
                pass
            elif False ^ π | (145384.655838 and 436220251.0 and 's'):
                assert c ^ '\n' if größe else self and total; result['\n'] = self[k or r'\d' or (16j):not b] if {2.5E-307 | print: 0, _ | b'b': b'b' == 0B00 not in c is not items}(result or key or y, count, k=..., reverse=False & név)(False if 'é' else a for n in 0E+289 and total and y) else (i if result else (5e-324)) << (490845.775761 >> a)
            else:
                [a, *b, c] = + 000j
                del [x]
                assert (+r'\d' > 0) + (π or 474837088. or print); del items[0]
        else:
            while (00j or b'b' or (00)) ** None:
                größe = '\n'
        for [p, q] in (not data) ^ +"d":
            if (not 767553912.) ^ 0000 * "d":
                -x // (1e22)
                pass
            elif (print or async) ** (2.2250738585072014e-308 % "d"):
                [x, y] = "d" + (344612082013936750670631838692)
                u'u'
            else:
                await = items.next = _[(10000000000000000) - 00:]
                (lambda *, p0, **kwargs: '''t''') & async
                continue
        try:
            if 's' << result - key:
                assert -... + items // '\n'
                138383453.0 & 141021318988170163721317022020808634299
                (snake_case_name > __x not in 9.e56 or (b'b' or (349634786878602967222934209) or (100000000000000000))) or ((snake_case_name if None else __x) or not self)
            pass
        except ValueError:
            while {lambda p0=a.b, p1=lambda: 0, p2=(1, 2), *args, p3=x + 1, **kwargs: 2.5e291, i ** (.128338084), node & value}[b'b' ^ z](False or count, default=r'\d' ** 'é', **x ^ z):
                items[0] //= (i | 0b101110011100110001101011101011111001110100101101100111010101111010) << (00 & (.113922163))
                data or items
                continue
        except TypeError:
            while lambda p0, p1=(), p2=(1, 2), *args: a >> 630j:
                assert b if név else self
                break
                v = False or print
        except E:
            with (await and 234684.768334J) // (not 0O62055176) as out[0], '\n' if k ** n else True as self.res:
                del x
            obj = y[async or "d" or größe,] = self ** b
            try:
                pass
            finally:
                v = data(*{név * False, not n, 'a' 'b' >> None}[9.E+153::not k].x, key=CamelCase or 758915008.J or (value if y else n))
                x = (x << r'\d' ^ -snake_case_name) - (b'b' & data | (data if 0B1100010101011110101001110010010011001100100101100010001011001110 else False))
                CamelCase ** result
    except Exception as e:
        v = (__x if print else 2.2250738585072014e-308) & (count or (493703.48748))
    except ValueError:
        for (a, b) in None < CamelCase % obj < '\n':
            if value or ~ y or print >> 'é':
                pass
            elif {b'b' | 0XaF82eceFb8d05aE722Efd0EfCF25, 11484717520603415891546390498350 << k}:
                print = +'a' 'b'; obj = _ = (000 and 'a' 'b') is data
            for [p, q] in ('\n' or data) or b & print or 's' / c:
                continue
                del (x, y)
            else:
                _.items = not - c
                key.attr = (b - 54527 >= '''t''' ^ név) + ~ 892964.657218
                del obj.attr; pass
            try:
                True[:lambda *, k: (64583029195) ^ .910845278]
            except ValueError:
                snake_case_name and 'a' 'b' and (192376846.0); node = (not key) ** [i - 0x90B2D06CCFee2fcFf7A29bbDDc3c for total, π, x in - b'b'].ŝ
                z = (not key) ** (c + név)
            finally:
                break
                x |= -'a' 'b'
        __x << node
    with .5e+256 and ... | (0o557150040405041465737267) and (0E-204) / items, (-_,)(326482093.0, reverse=key * c, k=n and j) as f, -z & False:
        @wraps(f)
        def fn7():
            loc8 = 0
            x = yield (1e22) << (u'u' or i or '\n') == (2325583179139763446071 != total == '''t''' is not a or snake_case_name | i or (i or count or (6615968938818340602339))) in (9.E+245 if (u'u' if False else 0b1001000100111010111010011000011001010100011010110) else 905952.379607 & größe)
            x **= - True
        @x.y.z()
        def fn9(**kwargs: str):
            loc10 = 0
            pass
            while (π or '''t''') ** (CamelCase & k):
                global counter, g1

