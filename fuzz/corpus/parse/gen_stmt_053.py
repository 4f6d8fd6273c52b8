# Generated: nested statement trees, set 53.
if None & b if ... and '''t''' and result else 84176859463492771478229530882J if await else 's':
    with (not True) << größe * "d" as self.res, -CamelCase ^ r'\d' - 207857.847421:
        if (x if 0B011010111001000010100001000000000111010010 else obj) % -j:
            with not print as self.res, (80819.465046 not in r'\d') * (async >> 166605.199936):
                i['s' or r'\d'] = (((0E322) & '''t''') >> 00 - value) // i(j & snake_case_name for i in név ** 'a' 'b')
                del (x, y)
            with (72403935219397254088072657652798235).left as (a, b), .5e384 is '\n' not in ... or r'\d' | b, y - -len as [x, y]:
                assert 's' ** len, (data & snake_case_name) + 0X247dc9ee8913 % True or (0b001010101001001001010110111111010001001100100 if not 'a' 'b' else 's') or (result + node or (0o0167246061363653) ^ b'b' or ~'s')
                assert (1E+147 << total & k) << (π - len ^ 'é' >> 000), not 's'
            class Cls1():
                n = (lambda *, p0: self) - obj
                node.attr = 69133 and 0XFCCaf7c3fa1ad91fcbEDeAe5F0BE and count
                result[75708723807508262836095217997029371754 == π >= 970454.571081 is '\n'::node] = - 0Xb0BCe5bB is not z | True
        elif k >> z & - len:
            def fn2(p0: a.b, p1, **kwargs: [int]):
                loc3 = 0
                CamelCase ^ None
            assert CamelCase, await | u'u'
            try:
                del obj.attr
                not {}
                count = {n | x: lambda: "d", b | 388134742346149383298: ... | ..., result and '\n' and print: r'\d' >> snake_case_name}(π ** count, not 'é', **await)
            except ValueError:
                __x << 0B1111001; del x
                -(_ >> 1532495540865888858358347027150309183618739122183602176)
            else:
                items = await ** _ == CamelCase <= 'a' 'b' & z > ('s' and True and '\n')
                + ((0b011000011110111111110110111011100001100111110111010) & j or 0B101101000011011101010101101010101111101101111 & 0O1425)
                y.next = n = value % print >= (not not await) > (b'b' == (1000000000000000000) <= 's' < count) // (n and 75 and a) != [].append[await ** len:obj, 0.0000000000000001 ** 0X0da86bA5DC5C54cBFd78A18DE]
        elif count ^ u'u' ^ (__x if value else print):
            try:
                CamelCase(y ** self % (a >> obj), default=0b10100111111100001000111101010 ** 7906095965917424121596125025165820j or 'é', end=len <= 's' <= 917085923.0 if not u'u' else None).items[π ** await << (z or (7725195660352516) or key)]
                count ^= print[:j + 19, '''t''' and (2.5E189) and 'é':k ** 'a' 'b'] >> (a >> r'\d' | await)
            except E:
                c[{}][x and (988271239.) << 'a' 'b' and 0B011101101000110010000011000100101001111111111010100 ** x:__x if 's' else len % r'\d':(None or await) or True ^ 'a' 'b', ...]
                assert π & CamelCase
            except Exception as e:
                assert ... > b in snake_case_name in None
                not _
                j = snake_case_name(not 0B110000101011)[_ or "d":obj & (147795.129652):000 & 's']
            except (KeyError, IndexError):
                a = ('é' * "d" == ('s' if ... else "d") != 820148639.) | ((snake_case_name if print else b) or ... ** 000 or snake_case_name | (2.5e+327))
                887623.195258 - 's'
            while print // 0o5747:
                obj.attr &= print | ('\n' & async) << None
                i = '\n' // - '''t''' and (True >= (0.0000001) is not _ >= 's') is 583379196. == node ^ result; n = (not 0xe6Bc7Ac63D64b49aa) & 0b1110011001111101111101010001011110100 ** u'u' << (count ^ x)
                __x[:len / node] = await = +"d"
        else:
            for k, v in ('s' if größe else count) or (lambda p0=..., *args, p1: π):
                pass; j = ~ 679j & 9.E-125 if self.items else (0O3245653274721311740137 if "d" else __x) if x is (.755406514) < 310513360.0 else név ** 0O745133563
                count >>= node((value < '''t''' is len != 0E-80) + (False & obj), (not None) ** (493868.368141 >> 0.00000000000001), end='a' 'b' ** (not 0x6bb))
        while (... + node) ** (0o461170161432410714 ^ value):
            while 157j ** len // (... + key):
                False % 00
                assert (total | CamelCase) ** z, 2.5e140j ** k; del obj.attr
            while not '''t''':
                b ** c; 'a' 'b' | 0b01111000111000000100010110011001111111001
                break
                pass
            else:
                assert await ** (.956477098), (0000) - 921856.51206 and not 0O647672217
        for x, *rest in (total == "d") ^ c >> y:
            if n and név or név:
                await[:167932.586584] = ((0000 < j) | await) * (data >> None)
            elif print << "d":
                c or value & y or async & 0X616af89A252
                break; assert 'é' ** (π >> snake_case_name)
elif +_:
    (0O127763644620 & 'é') << (k is not result) and b'b' * None - (not (0o70770633512634)) and snake_case_name ** "d" ** items
else:
    def fn4(p0, p1: [int] = -1, **kwargs):
        loc5 = 0
        global g2
*a, b = total = lambda p0, p1, p2={}: .787953958
with ~ név | ~items, len as (a, b):
    if - 1E229 & ("d" and ... and 787335.653590):
        (a, (b, c)) = node = j << print ** a
    else:
        del (x, y); assert n ** n ^ 0o33360326601 >> __x
        _ = self[..., CamelCase:await + items] = (print * 'é' if not snake_case_name else 'a' 'b') & größe.ŝ
        y = '\n' ^ 's'
    __x, print = _[(0xA004e4CAfedaecFD48772ecf2E01) & '''t''' ^ (not 0X1a)]
    def fn6(p0, p1=(1, 2), *, p2=(), p3=(1, 2)):
        loc7 = 0
        del x
        global g1, counter
node.x = async and j

