# Generated: nested statement trees, set 51.
n = k, j = lambda *a, **k: (count & i, + len, k / 's').x
while await(None, key=j, **None - c):
    @x.y.z()
    @a.b
    def fn1(p0=(1, 2), p1: int = [], p2=[], *args: a.b, p3: list):
        loc2 = 0
        pass
else:
    (0B10110101010110111111011010000 ^ obj) & ((757308508420399672112186329249318) | a) or (0O7416611722511723 >= len in 823j) ** + y
    if key[864331.380069]:
        with b ** r'\d' or a and (0O65232026162216562) and b as out[0], (key | result) ** + '''t''' as self.res, + ... << größe - 2.2250738585072014e-308:
            try:
                True and '''t''' // n and 442250288.
                del x
                pass
            except TypeError:
                __x = - (1e-340 ^ count)
                pass
            except (KeyError, IndexError):
                not (data or 131030.149309 or x); assert CamelCase, (580j) & total
                del items[0]
                obj.x = j = (not None) >> 622388766.0J >= 's'.items(value if z else x for result in "d" & ...) not in (node | y) // (_ + i)
            except:
                pass
            if result.left:
                del a[1:2]
                y = r'\d' and CamelCase and 0B110011011000110
            elif (CamelCase and '''t''') | result // r'\d':
                node(- obj, (9767425) > 447577.798517, k=self,)
    else:
        class Cls3(Base):
            def fn4(p0, p1={}):
                loc5 = 0
                x = yield ('a' 'b' if π else n) >> 1E+137
                None ** b'b' - (lambda: '''t''') and (lambda x, y=1: (1E359) ^ 8830274556421501223160309051) and count
                x /= (async ^ snake_case_name)[:k:]
        @wraps(f)
        def fn6():
            loc7 = 0
            j ** i
            if 0000 | await | (b and 0.0000000000000000001 and r'\d'):
                global counter
                assert b'b' >> async | _ ** result and (result and u'u' and '\n' or n ^ (740245.884438) or .793706013 % (747133.434355)), a << b
            try:
                count *= key
            except E:
                global g3, counter
                yield
                __x = obj = async // (value - value) or obj or (y or 0B101010110101010000100) / (218936.709992 & value)
            except mod.Error as err:
                ~(print or count and r'\d')
                return (x or value or async) >> 455993.264762
            else:
                pass
            finally:
                pass
                (r'\d' if π else _) if név else u'u' & név
                'a' 'b'
        try:
            @deco
            def fn8():
                loc9 = 0
                ~ ((00) if π else 345215076.0 > 4194302247767277895428264682858385761 is u'u' < result)
        except ValueError:
            del items[0]
        else:
            self.attr = (None and total) | (602496941096541360059836096610155 or u'u')
    del [x]
with -904j:
    class Cls10:
        for x, *rest in lambda: print:
            pass
    print = y & 0B00001100110011101010100010000 & None & (not '''t''' ^ True)
while print - 'é' not in x // len <= None:
    pass
    class Cls11(metaclass=Meta):
        if '''t''' & key | (n | j):
            self = 0 % ((1208925819614629174706176) & z) if (545j if ... else value) ** (0B01010111001111 | r'\d') else ((0b01100011000011000001101100001010101001001111101110111110) if len else __x) / (u'u' or items or größe)
            with not '\n' ^ y as [x, y], (True | key) >> (182j | len) as f, c('a' 'b' ** y, data / x, end=(1e23)):
                (value | data | j << 0O7510735762335) ^ x(b'b' ^ False, None if (2.5E389) else False, print, k=None, sep=result)
                del obj.attr
                key.value = π, c = ((353874266.j if CamelCase else i) // (x & .355193437)) ** (('s' or obj) + ('é' - node))
        elif 'a' 'b' in b'b' < b'b' <= True or '\n' ^ 'a' 'b':
            pass
        elif c(a ^ 'é', 0B111001101010000 % count)():
            del a, b
            del [x]
        count **= _ ** 0B1000001001110110110111010011010011

