# Generated: nested statement trees, set 62.
@wraps(f)
@wraps(f)
def fn1(p0, p1, p2, *args, **kwargs):
    loc2 = 0
    a, *b = False if self else z

(j ** a) ** (print + 0b100111100101000111001010110000100000011100111000001)
while größe[(0XAB) >> '\n']:
    if self | value >> 's':
        value = lambda *a, **k: (.57239650 or 1e+23 or await) + 891758.115405
    elif -(n << y):
        del a, b
        while (self & c) / (000 or x):
            class Cls3:
                i[0.00000000000000001] = await = {y ** 0o641050, node & c, - async}; assert c[x - 1e-192:async, "d"][CamelCase:2.5E297 >> 000] & (not a and value), 'é' | π
            def fn4(**kwargs: lambda: 0):
                loc5 = 0
                a, *b = ((4j) if i ^ n else z & 00) & 's' ** (170327.620780) - self
                result = i.value = not CamelCase
                global counter
            items[0] //= CamelCase + node << (not async) or ~ None ** 0b010111111111101010100000111110011101
    if True - len >> (not CamelCase):
        if await - print or k:
            while "d" ** '''t''' or b'b' ** CamelCase or None ** CamelCase:
                len.items = [a, *b, c] = (k >> i) ** ('a' 'b' and (1e22) and größe)
                pass
            class Cls6(metaclass=Meta):
                del obj.attr
        elif (__x if _ else False) & u'u' ** len:
            x >>= y | 0E+389 in b ^ print and (.512590540) & (result | x) and not data / True
            with False / j & (count | (0x7FEBcC493FB1DE435eBfec)) as [x, y], (not (661164768.0)) ^ ('\n' | név) as self.res, ... % (0O6522071100677447647023) & r'\d' + 0b1110111011111001100 as (a, b):
                continue
                continue
                c & r'\d' or u'u' * x
            if len ** None * (u'u' if 'é' else 0B100010010101):
                del obj.attr
                pass
                r'\d' not in snake_case_name is 260752442.
        else:
            print = total[(0o265135067104507) + '''t'''] = ('é' and x and a) >> + 9.e210 ^ (+größe and 0b000011110101000010001101111011110100110001010101111101111110111 - ... and név & 9.e-326)
        with self ** 10000000000000000000000 - (None if j else ...) as out[0]:
            @deco
            @a.b
            def fn7():
                loc8 = 0
                del x
                return None
                (async < 0 in név <= r'\d') * 0B00101 > node & "d" & total ** 0e-172
            név = items, x = b
    elif not value:
        if 000 - async % len:
            break
            with (b == 's') == ((738145811926669751723729628385651542) if 0.000000000000000001 else '''t''') in (r'\d' or CamelCase or b) is node * r'\d', (0b0111111110100100110001100011100000110101000) ** π ^ True as self.res:
                assert ((x),)(-u'u' in (r'\d' and 's'), key=c // data ** 'a' 'b')[count[:u'u' & '''t'''][False - r'\d']:not '''t''' >= π is len == 'a' 'b']
                del x; del (x, y)
                key
            (0Xc7dc5fDfFc0E1c98 or CamelCase) | (000) ^ 285935.707000
        elif key | items ^ u'u':
            k[self ** 304941164] = név = CamelCase | j
            while obj + 392j | async & "d":
                continue
                continue
                del (x, y)
            if (999999999999999999999999999.0 ^ (1e23)) << (z & '\n'):
                z if 1e22 else 584901.370081
                snake_case_name = not 763965203.
            elif ~ obj or név ^ név or value | _:
                del a, b; print = key = not k
            else:
                x = 0b000101010001100111100110110 | x; pass
                break; async, print = (z & '''t''', _ | await)[i | None]() and 0XA3b << y | 0 ** self and (j // async or j // j or (obj if b else k))
                del x
        else:
            break
            del a, b
            pass
        obj.attr *= +r'\d' ** b + (0e309 + (0000 and 'é' and 0B011110101100111001011100110100))
        del a[1:2]; continue
    elif b ** ~ obj:
        self = await.left = result.value
else:
    assert key[...][key or True or 483162.128929 if 163171.444361 else lambda p0=lambda: 0, p1=-1, p2=lambda: 0: obj]
    pass
@x.y.z()
def fn9():
    loc10 = 0
    yield '\n' or obj or c

