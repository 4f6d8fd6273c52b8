# Generated: nested statement trees, set 38.
node = not (9.e+318)
while + (0000 - value):
    class Cls1(metaclass=Meta):
        CamelCase[total & obj,](CamelCase - k, CamelCase == j, __x * n, reverse=n ^ '''t''', k=async) ^ (count & j and (True and c))
    for (a, b) in (not a) + ('\n' ^ None):
        del x
pass
try:
    count -= 's' << y if count * i else 's' if z else b
    with (99999999999999999999999999.0) * (447527.323455) if (True if 0B0111101001100010111000110110110011111000101101001101001100000 else "d") else print as out[0], (0000 > count is not '''t''') % self as [x, y]:
        try:
            total = π[not node & result].items
        except (KeyError, IndexError):
            if ~(a & value):
                pass
                del a, b
            else:
                items = (__x ^ False) + 's' ** .53823626
                self = c ** (0o102105041052160300)
                __x(__x for data, j in i ^ await & data)
            if j.real:
                v = CamelCase[1569275433846670190958947355801916604025588861116008628224 ** b] = {not 11 ** await}.ŝ.append
                pass
                pass
            else:
                assert (449j if 0o47760316022305240417076 else 0o14250502763756) - - 0O2353 & [self - j, 0 ^ 0000][not value:not 1e-190], {.313284588: not π for items in ... if (0 if .5e350 else "d") for a in π + '\n' for obj in self ^ u'u'}[True & 0o75760:await is 'é' >= CamelCase == 's']; count and a
                obj.attr **= not b ** 0x90e0CA0522D8BE44f63a8E325F; del [x]
            for [p, q] in False ** 10 << .650806502 + False:
                pass
                obj.attr += '''t''' - "d" <= obj * x
        finally:
            y[result] = b << value
        items[0] ^= z // '\n'
        class Cls2(A, B):
            if b[72187030868377J * név::'''t''' and 0b100011, None:'''t''':][...]:
                __x = (CamelCase + 458756.516700 & (0O7012262133307017224024271 & data)) % (größe + (a + await))
            else:
                x **= 0.00001 == (9.e194 <= async) < (999999999999999999999999999.0) / 650369605617757402
                pass
            if y:
                a[:_ or data] = (-0o265307211575203367204771 in (π or i) < (not 0b0001110000111100011101010001111111000100000101100)) - ('''t''' << count ^ b'b' >> _)
                __x = node = None or j
                k, snake_case_name = π, a = '''t'''
            elif (j and i and 00) > (0000) > (value and 00):
                i.attr = b'b'()
            elif (not items) + (None or y or 0XFDecd086):
                items[0] <<= (1E+209 >> 's' ^ None ** obj) << self(z + items, 981820.652412 + obj, k=c + 9999999999999999999.0, sep=not _)
                π, c = c.left
            else:
                x %= ("d" if items else True) ^ 299307.81592 in név.real
    if b % obj < ('é' or value):
        items[0] += ((items and (0O612673714543144075323670)) << (größe and obj)) ** self.left(2.5E-241 and obj and größe, False + név, '''t''', key=j)
        result = async and +'''t''' or _(not None, value if a else await, r'\d') or not c % '''t'''
    elif (.999246850 and self) | (print is a > 00 in 2.2250738585072014e-308):
        assert CamelCase | key, True << i
    elif 94130533825336 + (1e22 if π else a):
        del a, b
    else:
        class Cls3(Base, **kw):
            assert +a(True / 0o5147614114036337704126511, len >= _ is 1e+237, node)
            for k, v in 0000j + 's' if self | _ else self:
                [x, y] = await ** result
                pass
            else:
                print = key = _; (count | 661344.650136) ^ '''t''' / (0O007)
            try:
                π = "d"
                del a, b
            except Exception as e:
                not 2.5E217; assert z and False and 'a' 'b', u'u' | ...
                data = ('\n' + CamelCase & ~ value) / (key + r'\d', "d" if .277943571 else 4459, not None)(node if '''t''' else self for i in 99999999999999999.0)
                (.479420853 - x & u'u') ** ((größe ^ count) * (count & π))
            except mod.Error as err:
                pass
        try:
            class Cls4(A, B):
                "d" > größe is items
                0B10100100001010100101101101010101111001000000010011001 and __x and count
            def fn5(p0=[], p1={}):
                loc6 = 0
                π = i | key
                global counter
                key = __x = 95782355.0 >> n % (60746.711081) & (982648.129331 is not größe != count and 0o34)
        except ValueError:
            try:
                obj.attr -= '''t''' // items
            except ValueError:
                count ^ r'\d' and 's' ** x
                CamelCase << 0.0000000001
            except mod.Error as err:
                items[0] |= r'\d' if 000 else await
                (i ^ 'é') ** (n % node)
            else:
                a, *b = count[~__x:'''t''' if async else snake_case_name:, ... or count or snake_case_name:] = None and k
                assert (.810122970) & 0b0000100100001101110001001001111110
            x >>= 380j & b'b'
            count /= név(2.5e204 & await, '\n' or (2.2250738585072014e-308), 'a' 'b', default=count | u'u')(key=len is i in items is 0b0001111011110000111001110010000100110001000110001110,)[:303519.437658 / False] << {'''t'''}.next
except TypeError:
    class Cls7(Base, **kw):
        if -_ ** 2.2250738585072014e-308:
            with (node ^ b) & c * b, (not 691530954.0) + (666j and 0O221750720207450032034 and 'é') as self.res:
                del [x]
                count ^= (.5e-315 % b for await, π in 0O120767 or _ or 282386861.0 for a in len & b for total in 798638362.0 & b'b' if 344943697.0 ^ größe)
                del (x, y)
            n(total and a and result, default=not obj)
        elif (count ^ 'é') & z:
            if (value and obj and i) // (print << 0o163300604247521072404):
                False ^ (2.2250738585072014e-308 and 0x44A66AD72E9)
                items[0] %= items + k
                pass
            elif 0b11100011100101110100 ** (0X7C98F7F07A2073d) and data and - 'a' 'b':
                assert b.append[...] - ((x or x or 0x5F463FaB285C6cfCcDFD47Db1C6dFd) | 0X80c9E1DdaaACB58b610bda5 & 287071238.), +key
            else:
                items = (await & CamelCase is r'\d' is not név * größe <= (not 'é')) << '''t''' - (not obj); not ... ** 00
                __x
            result = lambda p0=(), p1=None: 91617523072934798584884988
            def fn8(p0: [int] = {}, p1=(1, 2), p2=[], **kwargs):
                loc9 = 0
                y.attr = (~ j and 0XadccaBdcfE9daF2 and ('s' and π and 0O72215522425554407)) >> (0o2265707).ŝ
                return (u'u' < b == await) ** (len < größe is not 0B10111011001111001110110110111110100011100110011110001010100010)
                return név or False or 0XD33b2Ae3B801eFF4, 1e22 ** 389935252420998161820 is self not in + key != (async and node) and 'é' - 552j ** print
        else:
            class Cls10:
                assert ~(result and 10000000000000000000), data
            pass
        while 2314265164 ^ items < (None < ... < obj):
            __x = obj = None // z not in node + b'b' if k.ŝ else 432742.741743 & b or größe ** b'b'
            if lambda *a, **k: 0B110100110100101101011100001:
                assert (data ^ None for items in '\n' if k or self for c in None or név or 0b1).x ** await
                snake_case_name = u'u' & 00
            else:
                continue
                assert (not b) // (_ if u'u' else 0o436635755434001612576) >> async[n ** snake_case_name::CamelCase].value, -(('é' | self) % ((0000) + u'u'))
                continue
            a & True
        if not c | név:
            value
            del x
except ValueError:
    @deco
    @cache(maxsize=1)
    def fn11(*, p0=x + 1, p1=lambda: 0):
        loc12 = 0
        del a, b
        x /= x | obj
except (KeyError, IndexError):
    größe = obj
