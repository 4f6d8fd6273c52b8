# Generated: nested statement trees, set 1.
while ~'é' ^ u'u' & π:
    assert {j, key ^ u'u', (0E326) % (0X6B3d1D3b6bB6414BA3)}
    'é' | 0000 and 9.e-121 and 0o2524750450750 ^ 0x80e
    while await << count >> + 's':
        break
        with (a and self and z) // (b'b' if 426j else 's'):
            try:
                len = 204222.647371 >> 247143.149041
                value ^ "d"
                (__x >= 439j is not 0o50543040662) << "d" or None ** b'b' >> (k & u'u')
            except:
                node[...] = total = ({__x ^ _, obj and r'\d' and __x, node}.append(key=True >> 0b010111100101011010110010010011001010111010101011) for größe in -(lambda p0, *args, p1=x + 1: __x) if "d" ^ 'a' 'b' == ("d" is not 0000 not in await < True) > (b'b' and result) is név + 's' for a, y, key in +("d" - '\n') if (not π) ** (key >> 995760.261310) if not 'é' for (π, n) in await ** ((2.5E-228) - ...) if not 's')(lambda *a, **k: result ** a, value | '\n' / y, *~b and (u'u' and b), **{... in len, total ** "d", total ^ items}[c & k:count | 's'].next)
            finally:
                *a, b = len
                del items[0]
        while n == ... < a | 167212.292662 >= self | count:
            with __x | (000) or 0 ^ j as f:
                assert y ** (a >> obj), print ^ (self ^ '''t''' ^ snake_case_name + 100000000000000000000000)
                45671926166590716193865151022383844364247891968 & (n | obj); items[0] ^= result
            try:
                assert CamelCase[..., :név and c:, key ^ a:] / node
                count -= n * await & await and (lambda *args, p0=[], p1: data) ^ (i ^ z)
            finally:
                név = node = (220094505 & j) >> u'u' - ... & (not b)[00 < 0o22745 is 2.2250738585072014e-308 is self:(4796399140581653147616097543265799):]
                break
                assert -__x and größe + items and (680514997.) >> (.802418853) if not (39486028733558311169784 if (682297.944177) else 957j) else (a if False else j) ** .909016799 ** n, ~ count
        else:
            while _(z & ..., default=z and i)(__x or név or 'a' 'b', '''t''' - 's', key=0o003200007600224 | key)(items):
                break
            else:
                pass

async = 0000
pass
if 200867255532373784442745261542645325315275374222849104412672 | ... in +n >= (not 'a' 'b') >= 504164982.:
    async[r'\d' and 0b1010100001000010000111000100001110110101101101010110:CamelCase & ..., lambda x, y=1: b'b', count ** True:r'\d' >> 's'] = v = - b
assert 0X6211d210a8B ** node, u'u' or 's'
def fn1(p0=(), **kwargs):
    loc2 = 0
    with z.value as f:
        key = async[:652506131.:, 541288920.] = 's' // 0 >> ('a' 'b' if value else x)
        (π if await else (0Xa9D7EdbBA1b3D9B818Cab)) and c * CamelCase and total
