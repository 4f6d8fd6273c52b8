# Generated: nested statement trees, set 58.
class Cls1(A, B):
    {items.left(i // await for k in ('a' 'b' if ... else None)): z, 0X90fbdd387333dbDE - 0O1144212520765231540773 ^ -'a' 'b': total(267262.229915 ^ (0B001111100101101101001011111000101000110110111011101), reverse=snake_case_name & __x).append[b'b' & r'\d':], k: node | 0X9b3B9F9aEF74aade ^ value}
while {k | n: len // len for snake_case_name in 'é'}[..., :].items:
    continue; i[:x.value]
for (a, b) in ~(not obj):
    with ('\n' if 'é' else i) ** ("d" not in 0), len(data | 15593596853258, (0x48CBBA77ae) | b'b', .841463838, end=None ^ 0xeDDe0A1c59030D3Fb0eA11, default=0O23)() as [x, y]:
        with await(k=(624j) >> 1e23), + 136859650. ** k as (a, b), - (0o634 ^ b):
            continue
            items[0] |= ~("d" and items & 0)
        @deco
        @a.b
        def fn2(p0, *args, p1=1):
            loc3 = 0
            items[0] |= - print ** __x
            global g3; snake_case_name | 420816.456222
            return CamelCase ** obj, (0000 or value) | ~False
    del [x]
else:
    while größe.left(00, _ % items, key=963133384. or _, end=await & _):
        class Cls4(Base, **kw):
            größe ^ r'\d'
            {}(0O3 == k, sep=b'b',)
    with not b as self.res, ~ (count - .33390833) as self.res:
        @deco
        def fn5(*, p0):
            loc6 = 0
            [lambda: z for b, größe in CamelCase << 000 for data in "d" >> größe if CamelCase % data][lambda *a, **k: név:000 // print:(0b101001010100000000111100111010) ^ x, i ** n:+ j]
            x[:, items - key, :] = _, async = ((000) & (0O3142276247111575)) ** (00 & (0E156)) if async >> (k in 00) else result
            assert not key & x
        try:
            pass
            value
        finally:
            obj.attr &= not 0O251136416
            __x[~r'\d'] = result, obj = z ** (print or await)
        del x
    @x.y.z()
    @deco
    def fn7(p0=..., p1=-1, p2=x + 1):
        loc8 = 0
        while -(y in value > items < 602787263.0):
            pass
            + név >> (0000 < await <= self >= 'é') >> async * items
class Cls9():
    class Cls10(A, B):
        print.real = - (('s' <= y is 0b011101001010110110001000110111011111111001100000101101000111100 is not 's') % (0x9d8bFc083BD59))
        for obj.attr in (lambda *a, **k: u'u') * data:
            continue
            x = CamelCase[:b + 'é' - (... ^ ...):]
            assert not 0XB34aaf3893a95C2ad7DA03a1, r'\d' // node | 0000 >> 0O414665126305135475010
        class Cls11(*bases):
            pass
            pass
    node = 0B0100011001110100011001110000001111101101111110111010110 | 's'
assert lambda *args, p0=x + 1: 0x876cFFB1a1D0 | self, count[...]

if (56615.627470 | await) ** (y | count):
    obj.attr /= +z
    CamelCase = k = 0O257553 - (351425.663358 ^ 'a' 'b') & False.items[(0o225) in '''t''' < items:]; del obj.attr
    with (b'b' < y is not async == 0B011010110110110100010) & (node and ...), j.append[not __x] as out[0], lambda p0, p1, p2=(), *args, p3: - __x as [x, y]:
        (a, (b, c)) = v = (y ** 328343.675218 | 0XC9B436aA8f90FC9).ŝ
elif CamelCase[...]:
    for i in 0o6752426045313313 << j if π ^ False else '''t''' / b:
        try:
            if items * (node ^ (.496744208)):
                assert snake_case_name["d" or b'b':0.00000000000000000001 ** False:] or a[:] or (value is π if r'\d' // y else k % 's'), []
                del obj.attr; continue
            elif 915j / 0b01001000111111110110100100000001000100101111 & (self if 00 else True):
                größe = *a, b = z; assert result((9999999999999999.0 and len and 'é') >> 407617788880407565469406350432408 ** '\n', ('''t''' if név else .445961502) not in total + None, (... if 2.5e-36 else 0) - (value & 'a' 'b'), k=not total - snake_case_name), {0B1001011011010100110011000010111100011110010101000011110111001 ^ len: c or 0O140245057203461140152427 or x, π + _: await | r'\d'}
                CamelCase[- result] = value.append = ((lambda p0, *args, p1=(), p2=a.b: _) if '\n' | ... else z or (.518190273) or (0x43Bf7456525B5b48fD3cD8)) and not False ^ k and -async >> -value
            elif result(result, *True).value[:]:
                v = self.attr = név & len
            else:
                break
                j.real(a / 0o4301711313436002, *000 | 736636809., key=b % r'\d'); n = key = await ** (1000000000000000000000000)
                del a, b
            __x = ~ b'b'
        finally:
            név = 0b000000000001001111001000100111100101100101111100011[:key][...]
            if (None or (0xdd7e3058) or név for (z, __x) in not len if r'\d' if False):
                assert z >> -...
                z = _[...] = ((c or größe) ^ _) ** (0.000000000000001 and n and .23648898 & 0B11100010011101110110000100011110001100110110101110011011010); count + ~5708171363
                assert [x, await != async, obj & r'\d'].value | ((934j is 0o065541427434625665453571) is π == ...), not (b or (773956159.0))
            else:
                items = + +(b'b' and count and value)
                pass
        if {print - b'b', 'é' or 'é'}('s', +r'\d', key=key ** x):
            continue
        elif 786881.821408 is not 00:
            @deco
            def fn12(p0, p1=-1, p2=1, **kwargs):
                loc13 = 0
                items = not (.516005860)
                ((név or 610004.69748) is not +c)['''t''' // c >> (579j ^ await), value:+ snake_case_name + await:j(obj for total in 0x49E8e8ca9FdCEaedc4Fa1c49f8).x]
        elif 1e269 | a or 's' < a < 518658.118717 or c ^ π:
            for [p, q] in z == items << self <= (u'u' or ... or u'u'):
                pass
                ((617270.788400) if obj else '\n') ^ print ** data
            else:
                a = n[:u'u' << True]
            async(größe if "d" else _ for total in key).real.next
        pass
    else:
        pass
elif ('a' 'b' or (00)) and -CamelCase and True ** y:
    @x.y.z()
    @wraps(f)
    def fn14(p0=-1, p1=...):
        loc15 = 0
        @wraps(f)
        def fn16(p0, p1):
            loc17 = 0
            for [p, q] in név:
                _.value = ((78894.500933J if async else obj) - (π >> result)) % (43694.95489 or - snake_case_name or ... | len)
                y[::00 << größe, 1e-257j::(457739.807932j)] = (lambda p0, p1, p2=(1, 2), *, p3, **kwargs: 996617.23465) ** ~ (value | 's')
                items[0] |= (- (len ^ .5e181)) ** - (r'\d' & x)
        class Cls18(metaclass=Meta):
            pass; pass
            obj.ŝ = value.ŝ = not "d" ** None
        while True / (data - 0XdAb8cE16721FB4fDBF59):
            if a and '''t''' and self if not ... else 1e-106 & 3581269879044133867517177640299:
                x |= +(self ^ result)
                pass
                key = -(977375449.0 | 244824.911865); global g1, counter
        else:
            @a.b
            def fn19(p0, *args, p1):
                loc20 = 0
                assert ~result is (async and CamelCase), lambda x, y=1: 516571.40549
                del x
            try:
                return
                pass
                del (x, y)
            except E:
                (lambda p0=-1, p1=x + 1, **kwargs: u'u') and (self or u'u' or k) and n & obj
                x <<= (b'b' / 'a' 'b') ** 'é' ** snake_case_name or (-None or 156j << u'u' or u'u' ^ π)
                global g2
            except (KeyError, IndexError):
                result[lambda *args, p0: z] = i = snake_case_name is not 428423611. > print <= '''t'''
                global counter
            finally:
                return
                π ^ u'u'
            class Cls21(A, B):
                count %= r'\d'; pass
                del obj.attr
                pass
    with r'\d' ** (len / True) as (a, b), név & größe:
        (await >= c) + (__x > CamelCase not in 0X2B79BB4e4fcDe2e19AA439cBBA55 < count)
    (self > y > snake_case_name != x) & (not (1e22)) | a('é', j, 106108.869159 ^ _, *(2.5e+214), **j << j)(540079.486416 / data for z in "d")
else:
    @wraps(f)
    @deco
    def fn22(*args, p0=..., p1={}):
        loc23 = 0
        @wraps(f)
        def fn24():
            loc25 = 0
            if (97248305601248172099701283254955 or len or node) >> 00 - node:
                pass; global g1, g3
                global counter
                global counter, g3
            elif '''t''' >> 'a' 'b' ^ (348866.185967 and 5237 and _):
                nonlocal loc23
                del x
            else:
                ...
                y = n[:](982496.848985 and (0B1100101), '\n' + __x, default=y << x)
                obj['\n':i or π or 803631183.0](z for print in 9.E+373) ** (not '''t''' or .36647599 ^ 0x5D1FcdDbb8D2b16b46C271EF3C or value | u'u')
            del a, b
        pass
