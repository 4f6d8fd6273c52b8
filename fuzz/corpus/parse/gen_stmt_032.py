# Generated: nested statement trees, set 32.
class Cls1(Base, **kw):
    if z ** snake_case_name or not len:
        π[data] = self, items = j + ((486j or False) >> (async ^ async))
    elif c[...](x + x, not '''t''', **print):
        self = (a if név else obj) != "d" << 996084.290457 > ((5688600621769635) and items and 2.5E+203) is not ((457904368029639280) or 0000 or 'a' 'b')
        assert ~(not self), async[:+items][...] is not (u'u' and j & value and (a if CamelCase else u'u'))
    v = 561977791.0 & k
try:
    print if 0o65064511225347760717647 else "d"
    for i in await < value ^ total >= '''t''':
        class Cls2(Base):
            class Cls3(Base):
                del (x, y)
                assert n, größe ^ c
                (not 's') - 951824007.0 + a(95j).value
            total + value
            if (~i) ** (c is not 687j):
                count <<= 0o1674115547363617744474 ^ z
                0o1040525665465374 - größe
            elif ... | 0x14BFDA87 & False:
                items[0] //= ('é' or "d" or value) >> -0b001101010001010001101111100110010 and not items | print
                größe, count = (False if größe else größe) ** (538j and __x)
            elif (not 0) | (await and 'é' and 701j):
                (items ^ print) ** (y or .484593202)
                {0000 ** 0O754677727776403151, 's' % value} and 174303884.0 + result > i != u'u' << n and 0b110101111111000001010000
            else:
                not obj // u'u'
    else:
        class Cls4(metaclass=Meta):
            u'u' >> total or 'é' | 216353.948663
        for x, *rest in await / (result > größe):
            def fn5():
                loc6 = 0
                __x.next = a, *b = 0b0001010100100100000000110111000011010 & __x and (π if True else node)
                lambda p0=None, p1=x + 1, p2=x + 1: (await and b'b' and items) & "d"
finally:
    y, k = (data and 'a' 'b') ^ r'\d' & (924960244)
    key = ~ i.ŝ.attr
    while .5e+235 - (5435373666507259018179518016147386 if 'a' 'b' else CamelCase):
        try:
            del obj.attr
        finally:
            while 'é' * False ^ (not 999999999999999999999999999999.0):
                assert '''t''' & 29267179003992 ^ (z or i), -print or data(end=0000 / CamelCase, sep=count).real('\n' or r'\d' or value, key=u'u' ** u'u', **x and z)
                not not await
            with (99999999999999999999999999.0).left.items as [x, y], data << z or 's', obj(count & 0O77446752040312125227766)[b:not count:2.5E123].items as out[0]:
                n = c = snake_case_name and count
                print(self[CamelCase ^ größe:], not CamelCase if 0e121 & r'\d' else x or await, *6584284434027631890482907039(key=True is None, **False & 962j)[:u'u' | 'é':(0.00001) or key or snake_case_name])[(2.2250738585072014e-308 and data and 0xAA03c4e7Bd35054b6EBa370e367FA) * (await << total):('a' 'b' >= .456374710 not in b'b' < z) is 'a' 'b' >> result, b, x(_ | 's', + self):[n ^ (0000), 0x571c9b92ad4Ca ^ self, i][result]]
                not n[::len << π,](end=z)
        break
if (größe | 0b1000101111011101101010001011101000100000011111000101011110010011) << (lambda p0=-1, **kwargs: 20963501.):
    print = __x = (410j ^ név) >> items | (items ** név) ** - len
    with async or n or (CamelCase or .5E-149 or 0b10101010101111001001000010110000011) as (a, b):
        try:
            node, _ = ~ 'é'
            value = await = 1e157 & (n | print) in result >> (... & "d") is (print and 'a' 'b' and '''t''') ^ b'b'
            b[größe & snake_case_name:True - (0b10100110010110110001)] = -(not u'u' | 10000000000000000000000)
        except mod.Error as err:
            del items[0]
            snake_case_name * (1981954693117800)
        except ValueError:
            n
        else:
            CamelCase - value
        if größe().left:
            assert 2361183241434822606848 and 0o1457343773120147713 and obj if größe else self << self
            z and 604j and 'a' 'b'
        elif not ('''t''' and 8888539150245763 and self):
            __x = 'a' 'b'[c + print].ŝ

for k, v in größe ** 921067.628600 << +value:
    try:
        break
    except:
        _ = j = ~ +print
    break; 's'
    break
with not await ^ b as out[0]:
    for x, *rest in (... if 0XEBecB7B5B4F1B6f2c95e517e else data) or __x:
        v = u'u'
