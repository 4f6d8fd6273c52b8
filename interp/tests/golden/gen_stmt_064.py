# Generated: nested statement trees, set 64.
(b or (41932175361622)) + (data or '''t''') >> ('a' 'b' ^ i) ** (0b11101000101111001110 ^ total)
for obj.attr in {-obj for i, total in obj ** 62044.586722 if '''t''' and (.5e+364) if - 0o1746 for (k, c) in print >> 0E+259 if 709048.886972 if z - _ for __x, data in result if True if z}.real[value:π if 1303908741723289734403376183497759846 else 'a' 'b':]:
    try:
        1E+318 == c
        try:
            [a, *b, c] = not név
        except TypeError:
            break
            (0000 if .974613826 else 250736029) ^ (node ^ items)
            {result(y, ~..., self and count, *... & result)}.x(True - 43 & x + 'é' for __x in (True ^ node) << (137j | 's'))
        except mod.Error as err:
            items[0] &= n
            continue
            y | 0X1bD5B73DC8863Cca127DD; assert (0b1000011000011110101110000001101000100011011001001110 if node else True) >> (True >> i), 's' ^ len
        except Exception as e:
            a, *b = név, j = (0b1101101110111100010110000110111110111100011101100010001001011).real | ~ 000J
            continue
        else:
            data, self = 's' * 0x7B7Af5B2fa8Baa7e2aC685Ba
            v = - i or (lambda p0, p1=..., p2=1, *, p3={}: True) or größe ^ 'a' 'b'
            (key | (0O2745410505720034723737734) or False) >> (not 00 and 5642899123773165899 | value and items ** True)
        finally:
            j(key for a in ...)[...]
            pass
            z, data = 198852.378320 >> 0000 & 631j << count
        def fn1(p0: int = [], p1: None = x + 1, **kwargs: int):
            loc2 = 0
            del a[1:2]; return
            assert total, 0X04D809BAfde41
            global counter
    finally:
        assert (z | async) >> 9.e328
class Cls3(Base, **kw):
    if π & async ^ (not r'\d'):
        _[- node] = j = 's' and b
    elif len % _ + (... and len):
        *a, b = größe.real = (result << 's' != len << True) >> (0b1010001111010011100001100011101000111111001001001100000110111 < u'u' & 's')
        '''t'''
        pass
    else:
        pass
j / b
CamelCase = obj - 457790010817422 ^ (j | 0000)
for x, *rest in CamelCase(key=result | "d", reverse=2.5E+291 or c or print, **u'u'):
    pass
    print
    del a[1:2]

if i(*'''t''' < print == data, reverse="d" | None)[c or 0o7715013025 or größe,].real:
    @wraps(f)
    @cache(maxsize=1)
    def fn4(p0=a.b, *, p1: "doc", p2: lambda: 0='s'):
        loc5 = 0
        c = (print / None,)(*x, k='s', reverse=snake_case_name and 357350982.J)(c, *len)
elif (z and u'u') % -név:
    with (00 / név).attr as out[0], 733724.466995 is not node <= obj is ((0Xab2C93F2260bC1DeCB) and 590012727.), key >= CamelCase as [x, y]:
        +((CamelCase if c else '''t''') // c)
        print = result.left[await & r'\d'] and 0xcaaCb18fc7e % größe and (566559825. - j) // (y ^ self)

for k, v in (x | '''t''') ^ (430j == z):
    for i in "d".value:
        if 671j << j or key or ~ 2.5e+199:
            [] ^ ('s' > ((757494155.0) if (3230246791997985776254458595640597362) else (0x7988aAEC)) == n ^ größe is y)
        else:
            assert 131420539. if a else x, (not print) >= _ << 425378.656595 not in (0o22452020 if count else n) != ~ CamelCase and (print ** 0 or (0o47133753766766562435) | .5E-177 or 0b1100111100111101111110) and ((név if True else True) and 0e-104 - 'é')
            név = self if a else ...
            self = obj - (lambda p0: snake_case_name)
        if not 0B10000110110110101111100011010110100011100111110101110100:
            obj.attr ^= ~(größe or '\n'); break
            total, key = (c ** a) ** (False ^ total)
        elif 0o161742 // CamelCase:
            a, *b = (234136171607729654217445 % 'a' 'b' is not value + CamelCase in ('a' 'b' and items and 0O3741) > (not print)) <= - (267685858.0)
            obj.attr &= ('\n' or None or False) and b << await
        else:
            node = 0X8733c; π = b
            obj.attr -= (925912.800471 and b and snake_case_name) ** {data + async, not data, key * név}[u'u']
            0.00000001 % 0XEbCd8e1fd1efdD30bdaA | .47899683 and (5e-324) + False - key ** π
    else:
        @a.b
        @a.b
        def fn6(p0=..., *args, p1=[]):
            loc7 = 0
            global counter, g3
    try:
        if (value ^ async) << - 481722561.:
            assert CamelCase if not snake_case_name else True % c, k.next
            a = async = u'u' ** 0000; i = (__x ^ u'u' if 'a' 'b' << b else b'b' and 34605017.0 and 0XbdE1) ** (await % 98041652. or False ** snake_case_name)
        elif (+c) ** (π * 9.E+244):
            continue
            break
        elif (lambda *, k: print) <= (not 0o7564):
            83838899932156583405708014291566006297 + 0x9673Ced3 & z; pass
            assert (945725137.) - snake_case_name
            größe = 'é' - CamelCase
        try:
            (0o26473551172201472705657) or n or print
            break
            count %= (c << len) + (_ ^ None)
        finally:
            pass
        __x.attr = (a, (b, c)) = (r'\d' or u'u' or név) in "d" * (.475240776)
    except mod.Error as err:
        @x.y.z()
        @cache(maxsize=1)
        def fn8(p0, p1=()):
            loc9 = 0
            global g1, g3
            i[i + 716557.5634::] = node = 'a' 'b'
            return
        assert größe
    except E:
        if (812728741217683259) or b ** 0E-272:
            x, név = v = (not 0b10010001000011010000000 for név in k - (0b110110001111011100111111101111111110101010001001000) if x for (print, x) in 'a' 'b' for result in None if c == result not in u'u' >= 0o2254021324)(default=self, end='''t''')[j & node:items and π and n, b'b'] * (größe >> (key and n))
            assert len[größe | i:]((622927889.) | async, 'é' and i) is not False[not y:"d" if x else node:][:await or 64j]
            pass
        else:
            continue
            print.value = print = print(CamelCase or '\n' or print)[data::].items ** {+0XDeD4B2c5af0FEc631dD0: (0E-77) + node}
        (~ y >> x) // ("d" and self and b'b' if key and a else 's' and ... and __x)
        @cache(maxsize=1)
        @deco
        def fn10(p0, p1=[], p2=(1, 2), *args, p3):
            loc11 = 0
            count |= größe()
    except mod.Error as err:
        while key ** 'a' 'b' or 0.0000000000000000001:
            break
            break; not ... is not node >= név not in j
        class Cls12(Base):
            ... | x
    finally:
        lambda p0, p1, p2=[]: key ** 0O701027346725
