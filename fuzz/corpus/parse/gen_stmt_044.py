# Generated: nested statement trees, set 44.
None - result
z = ~ (key != ... <= await is not result) or await.left(b'b' or None or value, *182705217. // y, key=c * result) or 875698525.0 >> -z
def fn1(*args: None):
    loc2 = 0
    with data.next.real as self.res:
        with 0O4202745 * (True or 410555.676280) as f, ('a' 'b' <= _) ^ (423495.584560 == u'u') as out[0]:
            None ** 0E311j ^ (... or i)
            while 623551.244729 ^ név or ~ key:
                pass
            class Cls3(A, B):
                items(); obj.attr *= result ** r'\d'
                π = +u'u'
                j[k:, .5e-99 - key, c] = n.real = (c or 's' or "d") >> - (0000)
        név = ~(key >> 9.e+234) & (lambda x: b'b' | "d"); pass
class Cls4(metaclass=Meta):
    with (0B0101101110000000011011101010101101001100) | True and ~ await as [x, y], not k << obj, +(not 2.5E-340):
        @wraps(f)
        @cache(maxsize=1)
        def fn5(p0, p1, p2=lambda: 0, *args, **kwargs):
            loc6 = 0
            név[név + 's'] = CamelCase
        try:
            név | b'b' + 0XE and ('a' 'b' and obj and 0O016771417 if u'u' & await else ~ 52133239.0) and név & ((450268409963029059550623100667464) if 'a' 'b' else obj)
            assert result % 0b1000000011110000001111011101101101011010000100101101100100100111010 & 00 >> snake_case_name
            x.items = 2.2250738585072014e-308 is b'b' < snake_case_name
        except Exception as e:
            r'\d' | b'b'
            count, π = x[value and (.5E354J) and k:"d" | a:] = (result if 0o0170071167663417320 else 649133080.) | data and (not items) // (not 's') and {1e222 for total in x if 533j}
        finally:
            név, i = k
        while (self and 'a' 'b') | count ** value:
            continue
            assert snake_case_name('\n' ** a for (snake_case_name, async) in 474851557463416862780500541290519).attr, total - (271789509351261) | +n; del items[0]
    while b(__x or größe, 9999999999999999999.0 & _, self and 'é', *lambda: print, k=z and 9.e110 and data)('é' >> .744146422 for (x, CamelCase) in total >> total):
        ((data and __x and 938578999.) | (lambda p0, p1=x + 1, **kwargs: 770696.735947)) ** (1e+115 and 0X904Ac3dAa0cAc6485cEaA76DEbf9 | i and (data if False else größe))
        async
        def fn7(*args):
            loc8 = 0
            c[0b0100011001001011110001000010101111000101101111010 & 'a' 'b', value:] = result ^ 'a' 'b'
            assert (not z - 289767445.0) < π(+ "d", *915582663.0, sep=False ^ '''t''', default=0e+365 is not None) in (async is not r'\d' & _)
            z.ŝ = (node & c) - (0 & _) ^ n ** await >> (10000000000000000 | 0E297)
    else:
        try:
            total.ŝ = x
        except Exception as e:
            größe ^ '\n'
            x -= ((π == (77371252455336267181195264) < r'\d') ^ (k and self)) - x("d" // n, *print ^ key, **'''t''' or result or a).attr[await | j:.640679374:]
        finally:
            u'u'
            assert (lambda *, p0=None, **kwargs: 2.5E-375) & 1e22, node % 0B001110 or _
        0B0101111001
