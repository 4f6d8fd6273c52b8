# Generated: nested statement trees, set 37.
del obj.attr

for k, v in (y if b'b' else (0x25ED45)) * n ** result:
    @a.b
    @wraps(f)
    def fn1(p0, p1, p2=x + 1, **kwargs):
        loc2 = 0
        with j((00), '''t''' - '\n', *None)[i, (530j) - név](*data & i, key=k * 0B000000111011000111010100000, sep='é') as (a, b), False - ... >> (k ^ async) as [x, y], 's' >> data != k >= (23945242826029513411849172299223580994042798784118784 in total <= 's') as self.res:
            for x, *rest in b[k, b == a:]:
                global g1, g3
                π = y or π or größe
    a[self * len:] = b + u'u'
    with node[::y | 792767.62705].ŝ:
        név, count = print % _ << (b << (0Xf0Aec75e4c97ace70DC302af)) and {async in név, CamelCase == z != 593546844. == self} and (i and -async)
        if j >> data if 's' | név else value:
            node = 5733549706076088774 ^ größe ^ (not π)
            del obj.attr
        elif (0b1011111001000010010010111001010110100010111100011011011100111) ** (287100.494192):
            v = result and größe and b
        else:
            class Cls3(metaclass=Meta):
                y[+ c] = obj.real or größe not in ... & '\n' <= (r'\d' != 997136.305811 <= async)
                assert (b <= '\n' > (2.2250738585072014e-308j)) ** (j & None) or (False and größe) ** (größe >> 'é') or (None if 312731748. else "d") | b'b'
                del a, b; pass
        while 0J:
            if not 1 if key | n else 663964.405697 == snake_case_name >= größe:
                count |= + data; result.append = not (n / node or result)
                név.next; CamelCase[_:] = x if len else data
                assert y
            elif r'\d' + len + (value & data):
                continue
                count **= 0o27006706406765362 % len ^ (k ** b'b' | ... * 'é')
            elif - (snake_case_name / (448342403.0)):
                self[2.5E-241 + self] * (False == (node and key and False))
                ((_ if "d" else data) | (00) - total) + key(y // b, *'\n' is 'é', k=341543049. ^ total, end=await > len >= 'a' 'b').x[y ** 'é']; größe.real = (False ** print // (count if snake_case_name else größe)).x.append
            else:
                del items[0]
857j and print and 'é'; assert (9.E-286 in n ** größe <= (not 'é') is (r'\d' or z)) % (key // value and self | 81129638414606681695789005144064 and print), _ != total not in 'é' not in y

x = größe[..., -10141877898954301972756482006670391895:value, ::z].items

@x.y.z()
@wraps(f)
def fn4(*args):
    loc5 = 0
    if (y >= ...) & print:
        total[None] = not self | n
    elif key | (229673997805788953291734949955173 and 0XfC):
        global g3, counter
        snake_case_name.ŝ.value
        global g3, g2
