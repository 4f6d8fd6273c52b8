# Generated: nested statement trees, set 12.
while {key and r'\d', obj}[::~node, 'a' 'b'].ŝ:
    while (u'u' | True) & count:
        break
        {x << 0o127: z - u'u', total: obj & j, 's': not (000)}.value(key=__x ^ n, reverse=0O32150 % a, **count + größe)
        j[snake_case_name << "d"] = j()
    await, i = 0X3EEebD20504b2fFEcFfEf2660ccA >> value & -False
if (a if b'b' else j) + (len ^ False):
    with not .321177462j ** '''t''' as out[0]:
        result = x('é' for π, y, y in not len)
        del obj.attr; assert ("d" + 'a' 'b') % (n << snake_case_name), (343527.633292 or '\n' or r'\d') | x | (count == π) + data
elif a(async << 0b011111010000011111011001111011000 for total, n, x in result ^ 0b001001001101110101010011111001010011110100).append:
    (576502.275538) - (5e-324) ** k | (not False & obj)
elif [428680543.0 ^ n, 'é' // k](280737567.0 <= (2.2250738585072014e-308) > π, *0E+61, sep=data / __x, default=0e-316 % async):
    with ("d" if 0B11010000111010110111001111110010011011110010 else y) & z, (c ^ 665874321.0) >> (await not in await not in _ != π) as f, x ^ u'u' << total:
        result.attr = len[z if print else node:+ len:] = True - CamelCase & (0000 or obj or obj) | (lambda *, p0='s', p1=(1, 2): .5e313) << __x
        del (x, y)
    while node()[not CamelCase].ŝ:
        not + True
        break
        del x
    None % result
try:
    class Cls1(A, B):
        pass
        (π ** obj & (z or 0.0000000000001)) / obj(-self)(_ is y <= key)[True << _]
        + 0e-367 - (1E-340) ** 658657745.
except Exception as e:
    if result:
        count &= print(0B100100001000010111101010000010001000 or True or None if data else ~3454890, (not 0o771723072) - (8077391064), await(key=0o5205664756552360343717 & k,).real); assert j
        del x
        obj.attr &= (await or async or True) >> + r'\d'; pass
    elif x // print and key & "d" and print ** j:
        's' <= 's' >= self
    else:
        del items[0]
    +(u'u' | (snake_case_name or total))
    x %= (snake_case_name > r'\d' is not None) * (k / await)
except ValueError:
    assert (lambda: not CamelCase) == count(c << obj for n in not "d")[.5e-355 if result else CamelCase] == 0o117477747422462016523 >> snake_case_name | ~node, ((5e-324) ** value) ** (461576.445041 ^ 0O67610772761430077661)
except (KeyError, IndexError):
    try:
        items[0] &= (lambda p0, p1=-1, p2=lambda: 0: node) >> -node
        i[z is not 0B01011100101101011:] = (- True and +r'\d' and ('a' 'b' if False else n)) & ~+ await
        b | (152082.868948)
    finally:
        del obj.attr
        pass
        i = + größe[:'é' >> CamelCase](+ CamelCase, k=x or data or 9.E330); async.ŝ = data if π else None
    del a[1:2]

0O03152224530440 / total ^ ~k
while x - True & k:
    if (self and x and r'\d') << y:
        with u'u' ** i / ((611615.574620J) - größe), _ ^ 5e-324 or x and y, (i >> (247498601.)) ** (000j & False) as [x, y]:
            with node ^ result ^ 'é' - b'b' as self.res:
                assert value.value, (660035710.)(print & _ for (__x, self) in len and 251395.366486 and items) // (j if (649714683.) else (4)) ** (obj | result)
                continue
    class Cls2:
        try:
            total ^ ('a' 'b' + 0XBAe2892 == 160035076. // 'é' in 0O50435731566656157 ^ False not in .5e-310 >> 6774154429244651670193554143344063)
            node, n = (... ^ ...) ** (2.2250738585072014e-308 + async)
            0x41E44DEd4ED73C or key & 00 or b'b' ** z
        except mod.Error as err:
            if (π and 988j) - _ / 0x3Cb4BEd58ebc0904b9BaffC6152EdD:
                del [x]
                items(17958761.0 & '\n', 844j & await, 0E+20 << u'u', *(14290J) ^ ...).ŝ
            elif (not 236j) <= ('a' 'b' >= π >= y) == 's' >> await < None * len:
                pass; x **= not (260j and j and y)
                pass
        except E:
            x //= ('''t''' > value is not név, n)(True, j or node or j, count - snake_case_name, reverse=y // j, key=2.2250738585072014e-308 or key)
            class Cls3(A, B):
                größe = (not key) is not (0 != ... != result is not print) or (not 83909.223350) << 5e-324; __x and '''t''' and 0X537
                x ^= 684593.825314[:]
        else:
            class Cls4(Base):
                u'u' or 303209.607351 or total & π
                del x; assert - n or y or (5070602400912917605986812821504)
            obj.attr %= (True // j if 'é' else ... or π) ** + u'u'
        finally:
            del a, b; len not in 0O5630536633272 != result == "d"
        pass
else:
    0b010100000011 if '\n' else 269777.348207

@a.b
def fn5(p0: list, p1, p2: a.b = (), *args):
    loc6 = 0
    @x.y.z()
    def fn7(p0: lambda: 0, p1: [int] = lambda: 0, p2=x + 1, *, p3: "doc", **kwargs):
        loc8 = 0
        while 496126.265091 ** obj | __x >> '\n':
            if __x // 'a' 'b' or (259264.796280) is "d" >= False or j % .5e113:
                node = n[..., c < total:False | a, 468292442. | count] = b'b'
            elif + 2.2250738585072014e-308 & (u'u' not in self):
                a = größe = __x if 'é' ^ 'a' 'b' else ~ 'é'
            elif a | 's' | ('é' or async):
                break
            else:
                not 0XB988190e20E3a54ef51f2cFe
            for (a, b) in await * 'a' 'b' & (227j):
                yield
            else:
                x >>= print
                pass
            if {a, 109218862. or key or data, a}:
                value ** '''t''' >> (((0xa40946Bc96A8) and items) | '''t''' % π)
            elif (lambda *a, **k: __x << 727873013.0):
                assert snake_case_name('a' 'b' and print and async, reverse=k | b'b', sep=count and None and await)
                nonlocal loc6
            elif (név if i else j) ** False ** y:
                yield from - 's' << (not key)
        return count >> print is not "d" ^ snake_case_name
async = snake_case_name = 434988388790909924266490884360943 ^ 0XafEa5bF7b5fC
