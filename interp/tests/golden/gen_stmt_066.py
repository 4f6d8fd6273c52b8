# Generated: nested statement trees, set 66.
class Cls1(*bases):
    async(+(b - n), (9.e44 and node) ** (j > value == print), end=név << (0xBC8f2Ead7E09A39Bd59cBF) / n)[(0b0010110000010110010010010000111101111010100110000111000000001 ^ c) % __x]('\n' * (a | False), default=len ^ 0Xd9fcCaf128 / snake_case_name,)
    for i in self:
        class Cls2:
            if k * count % b'b':
                count[:] = (.719189890)
                név = (y ** "d" for (key, (π, a)) in r'\d' if value | y if snake_case_name for print in (lambda p0, p1=(), *, p2=a.b: n) if ~ ... if CamelCase or 0.000000000000000001 or 's')('s' not in len in 'a' 'b', '\n', größe and n)
            elif not None and snake_case_name ** x and b'b' ** j:
                v = _
                (a, (b, c)) = key = 0O566612366474[:~(k ^ "d"):]
            elif key & 34671486740171411029108298589 <= data - .919749586 == größe:
                pass
            else:
                assert (result or k or größe) + (r'\d' >> 'é') + (851974945.0 & False)
            π & result
        result = len = j // (2.2250738585072014e-308) if (lambda *a, **k: 0o550046) else 000 & a
def fn3(p0,):
    loc4 = 0
    def fn5(p0, p1, p2, *args):
        loc6 = 0
        return
        global g3
        obj, value = count = CamelCase ** (00J) not in b'b' | z not in (True or len)
try:
    del obj.attr
except (KeyError, IndexError):
    (r'\d' and snake_case_name is key and await ^ 0e-344) and ((0) / snake_case_name) ** 424881729502539627495335662971004308100
else:
    items[0] += CamelCase >> 0.00001
    596432497. ** (result | y)
finally:
    try:
        async[:] = y or (snake_case_name or 'a' 'b' or (999999999999999999999999999999.0)) >> (0x6ee4F9ffc6B1cBc65F) ** obj or ~(not data)
    except ValueError:
        i = (CamelCase and total and value) ^ 7657
        pass
    except TypeError:
        _ = len & (név <= b'b') or ("d" is not snake_case_name >= node) % (u'u' ^ items)
    except ValueError:
        count //= + ~obj
    else:
        not 0
    finally:
        async, total = CamelCase = not snake_case_name < 732837664899542505842271491 not in "d"
assert k or node; pass
while '''t'''.ŝ:
    (a, (b, c)) = print(key, (368248862.) | CamelCase, k=obj or node, sep=0b01011100101 ** n, **r'\d' or CamelCase or 146j); pass
    while not größe - c:
        x ^= +.542284725
        with not (0o27465124731760170) as [x, y], ~- data:
            del items[0]
            break
            assert + -snake_case_name + - (_ << 0B01000001100100111111111111001)
        continue
    else:
        if (total or (0) or n) ^ (c < r'\d' == c):
            if lambda p0, p1=-1: u'u' | (.5E-321):
                break
                key(b'b' << j if (result if value else 463628293.) else ~126009368699042269280, (CamelCase not in 'a' 'b' >= .5e-54 >= CamelCase) | + b, *not '''t''' / 6539, **items)((688254.441557).items(u'u' * 0xCB9a6FdDf5a14f0B4ada9b, '''t''' + 'é', not 'a' 'b'), *node - 1e23 & 5e-324 % 5e-324, key=(größe or 's'), **+ 0XeE4C5A842fdE5dCbc and (b or név))[:größe(sep=not node)]
            elif (data if i else False) >> (async not in '\n' < n not in 'a' 'b'):
                continue
                break
                del a, b
            else:
                assert {result <= 911022.976482 for data, result, j in ~ '''t''' if len - k if False and y and i for await in -r'\d' if True if +items}(*név and obj and 'a' 'b', default=self & 981061397990370082025283464796499, reverse=r'\d' & "d")['a' 'b' > c == _] // self, __x
                pass
            if - 'é':
                pass
        else:
            if + (x or 1e22):
                obj = ~ (- n and (97817.991335) + async and not print)
                del [x]
                break
            elif -π >= π * 1e23:
                v = not key - 's'
                await = név.attr = async | len; continue
            @x.y.z()
            def fn7(p0: f(1) = (1, 2), p1: f(1) = -1, **kwargs):
                loc8 = 0
                größe = a in key < n is not 6802352836938878035643771222622310904j or ~c or b'b' + 493053.76973
                0xadA67a9 % größe
