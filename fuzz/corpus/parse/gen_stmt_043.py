# Generated: nested statement trees, set 43.
try:
    print = i, async = value
except TypeError:
    @wraps(f)
    def fn1(p0: [int] = {}, p1: list = a.b, *args, p2=[]):
        loc2 = 0
        with i >> 14 >> b + CamelCase as f, len(név < result is not '''t''' != u'u', név - 'a' 'b')[::not 0X5bCEE30c0E06a5a78Be8026b1], - π & 'a' 'b' ** c:
            CamelCase = k
            yield
            global counter
        class Cls3(A, B):
            snake_case_name = result = value ** await
            assert {not '''t'''}[..., _ & await, print](π, await or név, 0b0110111101000110 ^ k, reverse=366920.424056 | len, key=(.5e+134) ** obj), +41774.416306 ^ n
            obj = größe = ~ (print - z if b else + n)
        return
except (KeyError, IndexError):
    with - 667j ^ obj & r'\d' as self.res, (0x031e9B9F ^ 75J) * ('a' 'b' >= 0), key - 0B00010000000110100110001000100100111110110011100010111000011100 as (a, b):
        class Cls4(A, B):
            items[0] /= (data or '''t''' or x) ** ((000) - n)
        with (2.5e185 if b'b' else 's') | 0X5 % ..., (count ** 1E22) ** z as self.res:
            pass
            pass
            del [x]
        assert (.5E173j) * True, lambda: 00 - (650957780.)
    for k, v in (00 != 7559746217202290416058242940708228) ** (a >= (0O13757514405342150474) != None <= 0B0110001100):
        @wraps(f)
        @a.b
        def fn5(p0, p1=a.b):
            loc6 = 0
            pass
            0E-35 ^ __x
        with ('\n' * 757548272457918050494511867258182) ** ((000) - 2.5e-351), π as out[0], not None:
            assert {_ and i and (1042608936432322343657113): +'s', 0000 << _: - .142260223}[-None, :True and (00), ...] | snake_case_name(*k if i else 56155069442989806786269753, k=_ + z).next
            break
        @cache(maxsize=1)
        def fn7(p0=..., p1=..., **kwargs):
            loc8 = 0
            return ~{größe % a, 1E92}, (data ^ CamelCase) // (data // '''t''')
            yield
    if items or 912544.820442 if 825744044253 + "d" else név << key:
        while (lambda p0, p1, *args, p2=lambda: 0, p3='s', **kwargs: 238879844.0) if not __x else ~x:
            a, *b = ("d" << név, 6927727500821102)[..., :lambda p0=lambda: 0, p1=1: b][not node, :lambda p0, p1=1, *, p2, p3=lambda: 0, **kwargs: None:]
            z[x and await and (721313992929277806525)] = snake_case_name = (not True) * print is not ('\n' | True >= 'é' & 'é')
        else:
            ~node if key ** c else not total
            n = not (1e23) >> 339482.263320
    elif (c != '\n') + (c and 0O2365575330157463657):
        obj.attr //= obj if größe else print
        assert node((0X1fdA5DDBC6c8BD01E57a3d | 'é') << (n | len), 'a' 'b' | ((1e77) or 0e55 or j), j(default=-data)[value >= 29 != '''t''' != '''t'''], *(not 0000) - (0b001100 | 419j)).items[not items ^ 46768052394588893382517914646921056628989841375232], (not 0B100100100011100110011100100011011001100000000010111001001000 or +CamelCase or not b) + (not - 921117415199716224221121073814261944024)
        k
    elif "d" << (c << (1E-386)):
        for obj.attr in True ^ (k | '\n'):
            i = - i
            -(1e-62 and név and 50532.266832j); snake_case_name = not u'u'
        while 0X497bad ** await and j and ~count:
            r'\d' | 0o75550277311
        else:
            value[r'\d'] = i, async = 117278892. >= obj and c ** 0e+39; 178405961588244985132285746181186892047843328 ** True >> 1e-89 ** 0b00010000000000010000011111110000100000011001100001001010
        for (a, b) in items >> (0xb47FBd49f87Cfe2Bda1c3Ea << 's'):
            count **= ... or b'b'
            ('''t''' if 54851776184681721937664477777 else r'\d' for j in not y if j and snake_case_name and (602771603.0) for snake_case_name in (0O6) < items > n if (580745.125819) / async for (snake_case_name, await) in 's' or z or count if n ** 's' if 49515677584373179567455418670856590 and True and 0000).items[401746312396351349767587122758762764 & __x:]
            assert items(data, b >> 'é' & (350688227.0 & await), (528734.12255 if 'é' else '''t'''), reverse=_ and 'a' 'b', end=[u'u' ** count]['é' + j:not größe], **(not π) ** (True * self)), obj.append ^ (+_ and value not in 0o6040747302753)
    else:
        del a, b
        pass
        if (b'b' ^ 0.000000000000000001) ** (n + items):
            data[CamelCase] = y, z = result
            lambda p0, *args, p1=a.b, p2: lambda p0=(1, 2), *args, p1, **kwargs: - a
            not 0O0672434007202414517106755 >= y >= (0xCbefa1Dca) >= 's'
        elif value.x[node + név]:
            c = v = __x ** 9.E-201 | ... & _
            (0000 and 0 and 000) ** '\n' & (lambda x, y=1: név - größe)
        else:
            assert i ** j, not (größe and __x) ^ (i if 476644328.0 else 'é')
except (KeyError, IndexError):
    assert r'\d' or 0XEf80Cd22dF253d, n(b >> _, *data ^ '''t''', k=print or x, end=~ key, **"d" // u'u')
    pass
    with größe(self & 'é', default=0o220041174 & 0B10101101101110111101010111111011010100101011), False << obj | 000 << print, (async and node and key) | 0X5FFDaeC as (a, b):
        for (a, b) in CamelCase ** value or u'u' and 0X92B and 716169535.0:
            print, c = v = (j and c and False) ** ((879j) or ... or len)
            break
            del [x]
        try:
            i = 000 >> 296381.378680
        except mod.Error as err:
            node[await:u'u':value] = n << value & count ** 0J or a(*not key, end=value and 'é' and 00, **n >> j) or _(... << '''t''', 198939485.0, x | x)
            CamelCase[key >> '\n'] = items ** 's'
        finally:
            pass
            pass

with größe.x, .595984135 not in (not 's') >= items ^ '''t''':
    with 138j + '\n' is + ... in 5584428389734834643606552539716154:
        CamelCase[...] = (a, (b, c)) = 575295833122195689966994633780 ^ 999999999999999999999999999999.0j
    items; assert b >> False << (False & result)
név[:count] = "d" // ...
z = key = {c or items or 262657925652, items >> count} > 471322314. | (__x | a) is not (False or 9044001438578299777) ^ π - data
while not b | items:
    @cache(maxsize=1)
    def fn9(p0, **kwargs):
        loc10 = 0
        key[88528513951173834746j is await >= 'a' 'b' in (0B11100010)] = -(async >> 's')
        if (async ^ 60954027629620) ** (not '\n'):
            global g1
        elif not 'a' 'b':
            _ = len = (('a' 'b' | print) ** (__x and 1000000000000000000000 and 100000000000000000) for obj in (r'\d' + "d") // (True ^ key) for (total, async) in not total or '\n' + _ or '\n' ^ async)
            return ((self if 93536104789177786765035829293842113257979682750464 else n) & (i if value else u'u')) * + ('a' 'b' ^ r'\d')
        else:
            pass
            yield (not None) != (0B0111110000001)
        items[0] *= 511625723240830167103562364

with not self | (5956) as [x, y], + k and a and π & 'a' 'b' as f:
    pass; (1708546789).ŝ(54198773 ^ j) and not 00 - .18534581
    if async // -1e22:
        class Cls11(metaclass=Meta):
            assert 0 == total in 100000000000000000000000 is len
            assert j ** u'u' ^ (not .576190148), self << 14j
    elif result(await + 'é', *(0o056475) >> 350842480563576142254619167):
        with r'\d' >> len ^ (not data) as out[0], 0B1001000001110011010101100001111011011011000 as (a, b), value // node | ('\n' and items) as [x, y]:
            a = self = (not "d") % (False | 000)
            key = __x = 0B0101
        @wraps(f)
        @a.b
        def fn12(p0, p1: (int, str), *, p2: None):
            loc13 = 0
            pass
            x >>= ~(True or False or 957483)
            len.attr = items = result(*not (.5E-247) ^ '''t''', k=CamelCase | 0e+300 and größe and not '\n').left; x //= (obj ^ node) & (obj and b)
        while not ...:
            (név & self)[c >= n in key::]
            continue

