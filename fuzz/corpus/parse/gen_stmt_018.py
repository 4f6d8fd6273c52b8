# Generated: nested statement trees, set 18.
@deco
def fn1(p0=(1, 2)):
    loc2 = 0
    node = c
    if value - + 'é':
        async = 0b000010001000100001 and obj and data; assert (self ^ x for x in items if async for key in 'é' ^ b'b' if (0) == await is not count).attr, 965162409368 ^ data ** j
        if (print ** 0Xf88Fa8DD2ffF7D1f6490dBE0).attr.left:
            assert not (1000000000000000000000 | self) & (not a)
            total = not b'b' or not False or 53j; x //= 689682.356604 ** total << 0b11110001010010101110100001110111
            b = (9.e+170 - print and (9.E+156) | items and +i) > (i & a or async + "d" or (0x0BCaab4B1c70e01FBadCA79F) is not 0.1 < True) >= π(default=u'u' | b'b', k=+ größe).value(0xEBFDEc4F297dC13AF82dCeBCEBb3 or value or len, end=a and r'\d', sep=név & y); _.left = (not True) - (result or y)
        elif await > __x < .5e349 ** result == ('é' == total <= False):
            global counter
            return
    elif 0x706a33fCdBfFAcF0b31a ^ r'\d' or 0X5F13A4Ec257a91:
        items = total
        global counter, g2
        x %= b'b' / '\n' or név | '''t'''

with {not (371766.814251) for snake_case_name in (größe if größe else True) if u'u' >> node for data in print | 1e-183 if CamelCase for snake_case_name in y >> None if True}['\n':... or r'\d' or False].append as [x, y]:
    @wraps(f)
    @a.b
    def fn3(p0=None, *args, p1=lambda: 0, p2=x + 1):
        loc4 = 0
        snake_case_name = value; π[y] = total ^ total
        return (result <= 'é' == '\n' < b'b') | async and ~(55 if value else j) and ~ größe >= 'é' != await not in k / (1e22), (node | __x) ** ((0b110111) | 812j)

if items ** count:
    a[...] = key = ('é' | 0O4776700344227 | 0x7AAa5Efdc8b8Ae8cAb1ff4C34D43 ^ 0e-255) ** (0Xd84D, data ** result, False ** u'u').items.real
    while ... // len / 171096.293296:
        @cache(maxsize=1)
        def fn5(p0, p1):
            loc6 = 0
            try:
                pass
            except mod.Error as err:
                x = 1e22 or 00 or 408923676.
                snake_case_name = key and π
                yield lambda x, y=1: data is b'b' is not __x
            except Exception as e:
                c, print = [True ** (0b000100111111100111001011011011100011110001001100001011) & ~ π, node, "d"(key=data << items)['é':'s':]](u'u' % _ | (99999999999999999999999.0 and value and j) for len in {not len for größe in b}(0x0deaCA85B1EE78E2E81c0 if count else größe for z in i - 0b10100011111100001000101111101110110110000100110101110110000000))
            except E:
                return [async, 78799.599340 // 0b00101101001111001001100110000011110111111000000000111, z | False] / (not 'é' | node), CamelCase(név << True, 'é', not 1E+388, *items)(k == 's' <= len, größe ** len, ~ None, *value, **not .466631613) - ((i if 0x719f1b21edFDD5c8FeA39C9FC8dd else __x) ^ r'\d')
                név = +__x ^ total
                return y and False and node, obj or (954784225.) and _ + z or result / u'u' ^ value & data; del obj.attr
    else:
        class Cls7(metaclass=Meta):
            class Cls8(Base):
                count -= (node or items) // (not __x)
            *a, b = größe.attr = not y(429889903360639704164448349970 if key else (78304497376041823626334), *CamelCase < 560j, key=669930.856016)[...]
            print, c = snake_case_name = (r'\d' == a < b) >> ~n
    ((_ and 0O266303042052423466101 and async) | (0xbfC78bfdDe96405c18BFa68)) ** (u'u' // result and False ** b'b' and data)
elif {}[:]:
    for k, v in {(5806203426696826834449667378445801100) ^ c for node in + n if items if (413j) - True}[:k:]('s' ** items for y in async | _):
        try:
            pass; break
            class Cls9(A, B):
                count += 1e22 >= a > 0x2db637dcBa <= False
                pass
            data = total ** total not in 'é' == ('''t''' and key)
        except E:
            for x, *rest in None & größe:
                snake_case_name, node = π ** (key % (.5E-203)) << größe * (b & key)
                count
            else:
                node[r'\d' - None:print // c:'''t''' or b'b'][async ** 0X1eB4F7aB83fFBAE5358a5a08fDf] ^ {- key}[0E273 % snake_case_name::940244.349448 | r'\d']
                '\n' * async; x = not n * False
                (k if self else print) & 'é'
        except E:
            while ~(not (0)):
                0b1000000010010001101010100000011100110110100111000001 | CamelCase
                größe = len[:] + ("d" ** total << (lambda x: név))
            else:
                break
                x |= snake_case_name % (True and größe)
            key.next = (0000)[items & 487777.753397::].next
            for i in snake_case_name(x, + x, 9992761927237883921969667137947324 - total, reverse=y, key=await ^ "d")[0e-57 % obj].ŝ:
                count += 0XdDaaFB2bfdB2AB62Ae640 ^ 'é'
                0xfbAC7C9E2f29[n / data:not not .702494954:'a' 'b' & async or b & items]
                c.x = y = items((not r'\d') <= (None != 470686.704982 not in items) == 766833.109117 // snake_case_name is (0o71207427272525067427613 and r'\d' and '\n'))
        else:
            break
            for i in {- "d": data for a, i in név if (lambda x: "d") for j in ('é' if (166153499473114484112975882535043072) else result) for _ in ~ async if x and c}(~None, 0b11010110001000110111101010110100111100000010001100000010100101000 ^ obj, *-(786j), sep='\n' % await, **(467j)).value:
                pass
                del [x]
        for x, *rest in +1e365:
            class Cls10(A, B):
                pass
                del a, b
            class Cls11(A, B):
                z = 's'
                node = y
                [x, y] = (not _) ^ (0E152 ^ items) ^ (not ...)
            @x.y.z()
            def fn12(p0=x + 1, *, p1, **kwargs):
                loc13 = 0
                return obj & 0xcE02
                (None ** (787564757268036698791451658110) | _) // ((not CamelCase) ^ (snake_case_name or n or x))
                c.append = items = b and x + count
        else:
            pass; continue
        (not 961199766.0 & False) * z ** (0b10100111111110011010001011110100111010111101100101 & total)
elif not j ** 's':
    del x
else:
    assert - ("d" & (lambda x, y=1: len)), not (π and b'b')

-(count ^ 4258131681999588914130721348 % k)
