# Generated: expressions mixing every operator level, set 73.
r0 = not (__x ** snake_case_name) ** ('\n' or 546238.135500 or snake_case_name) * (snake_case_name ^ '\n')
r1 = not z, "d" * node // a ** total
r2 = (999999999999999999999999.0).ŝ & ((total & c or (_ or obj) or result >> 0o63106777327175) ^ ((lambda *args: len) or -self))
r3 = (0O5327444 | True) - CamelCase ** x & ((count or y) and (0B001) | 1E+384)
r4 = - count // 327577838466928060813163053530227, (result - items) % (lambda x, y=1: "d")
r5 = '\n' + _
r6 = j.x << {b'b'}[:~u'u'](lambda p0, *, p1, p2=...: j for len in count is größe != True), 0xB - π ** node
r7 = ((j or 2.5e+10 or (00)) & (k and 43069513588)) ** ((_ or 0xA8CABbE6fecAdBF1e78) and total * 'a' 'b' and not r'\d') >= (not (key | 1000000000000000000000000 and not value))
r8 = [(0xE9b4 + key) ** (_ << π), 0 ^ .858144861 | x][('a' 'b' if x else None) - count ** 2.5E+77:]
r9 = r'\d' & 000 << "d"
0B11100001101011011011101101101110000111010011111011110000 ^ a or y < π or +CamelCase
j
~ ((2.5e-54 or total) << ('s' and u'u'))
r13 = not +result * _ | (not len) & + node
r14 = név[név % total - (u'u' and 1756137403747429903048713332375 and node):{value or 61335073184935867049998 or async: 'a' 'b' for await in await <= ... >= None is not j if result + 's' if c + count for CamelCase, total in (lambda x, y=1: 749224.690437) if 1e22 - 'a' 'b' if (999999999999999999.0) ** ...}[False | π:True, ::not obj]]
lambda *a, **k: await(None >= név, not CamelCase, sep=print, **0B11011110011101100111000111100000 is i >= 00)(items | 634451570., b ^ 0o0427456312407430)
r16 = value >> 'é' >> (b if 'a' 'b' else 0)
snake_case_name(c & 'a' 'b' for π in ... << b'b')(lambda: név)[CamelCase or 's']
r18 = ['é' for y in a if größe and r'\d'].attr
r19 = (not (b'b' and -...)) / 'a' 'b'
n(r'\d' & (b ^ j), sep=(lambda p0=(), *args, p1=(), p2=..., **kwargs: 234189121.0) << (data >> 0O35))[(0O0134545315 & .60998243) % (0O67414205143 and u'u')].append | (+ 0O214266052725146311270150 | ('''t''' or +'a' 'b'))
r21 = (000)
r22 = key(default=x, key=965j % (0000))[größe ** y:not 'a' 'b']
r23 = (async // a << y // 0o44107267462 >= await(0.01, reverse=result, **(0x7DA))['\n' or (4277423548940270411837168648560774100) or 231291727.] <= (not 0o00425675443422743065 ** ...)) ** (~ items ** _ & _)
r24 = (self | j) / (r'\d' >> None)
