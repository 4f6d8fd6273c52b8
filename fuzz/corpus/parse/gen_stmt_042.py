# Generated: nested statement trees, set 42.
del (x, y)
obj.attr -= 470822566896591988
with (u'u' or x) ** snake_case_name:
    ['é' - 1e22J ^ (not i), False - True & név][(0o30150437 if items else 338347.66645) >> (139469.549467 if 9.e-68 else név)][- ((0000) | result), ...]

k = True // z
if 'é' + größe << - key:
    class Cls1:
        b = (i or '\n') and not total and _ % CamelCase
        await ** node >= .404881307 is r'\d' <= + total
        x[417186.185670 & b] = not (lambda: True) if 'a' 'b' // 0xA7c2aFDcC2d3f & (0 if (000) else __x) else (True + None) // (False > snake_case_name)
    def fn2(**kwargs):
        loc3 = 0
        def fn4(p0):
            loc5 = 0
            if items(x >> r'\d', not 0x7Ea1B9AFd9F05fFf8C71E54):
                c = +(név // 0B010100111011001010101001100000010010100000111011110 for node in '''t''' if i * total)
            elif b'b' + (702389585. and node):
                név or r'\d'
                pass
                assert ~a or c + await, CamelCase
            elif async + 'a' 'b' ^ (count or obj):
                x += j and i; obj.attr <<= (5e-324J)
                pass
                obj.attr |= b
        u'u' << __x
        while not print ^ None:
            yield + (u'u' or "d")
            global g3, g2
        else:
            if (b'b' and 0000 and 2.5E317) - ('a' 'b' + '''t'''):
                + größe
            with y >> ... & 0xf130Fee3642E9 // len:
                global counter
                del x
            while -(obj or CamelCase):
                self = items * value ^ j ** "d" ^ (result | 1E299 | π << 586760198.0)
                global g2; return - - 's', + self

assert (0O0271)[a, ...] + (+név) ** + 'é', - CamelCase

