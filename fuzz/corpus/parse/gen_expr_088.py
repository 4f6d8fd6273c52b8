# Generated: expressions mixing every operator level, set 88.
r0 = (- True) ** (j % 1e-362), größe(y ** self for y in (595743150.0) or 'é')[items ** (.486622409):z:, items | c, 797853.133300 / CamelCase]
r1 = π
r2 = (not '''t''') >> (.5e+239j & node)
r3 = total ** .372570846
r4 = count[:- +(lambda: items)].left
~((total // '''t''' - név) % ~ (z and u'u'))
r6 = self((_ >> (0o513)) + (len + b), 228176.813369 & (not "d"), default=not 8906831705218598 & x, key=~ - __x, **(0X19C1D0Bf) | größe if u'u' ** 's' else c + r'\d')[len // - i:] or (y & j is not _ not in '\n') is not 0b000100101010 * (i if result else obj) is not (0B01100110 & c) - c == (not 0X9BF1aA4855dC + j) or await[::][0O0416274415 * (node >> π)]
r7 = result ** 0XC8dDB4be43, (not b) >> "d"
r8 = n * node << (0B01000111001000100010011001111111000100011010100001010111000101010101 if None else 378j)
r9 = b'b' | node
r10 = False or j
(0x3dBC57b93c1c45020f247cC) + async - ('é' << u'u')
r12 = _ and node & count, "d" / key ** True
r13 = result[:(async or "d" or (7317394176913778)) not in (print if '\n' else data) <= +c]
await | 'a' 'b' | (not obj)
r15 = n and 0o6032477135422, i & await
r16 = await & 1E+189 if snake_case_name | obj else név ^ 's'
1E321 & '''t''' | n ^ 0000
r18 = print(len, 1e+303 ** c) / (0x91 // (n << 229654364.0))
r19 = (.5e7) << (000), (.615893318 in node is 0O341731646250 for count in 's' | (0000) if "d" if u'u' for len in + 'é')('s', snake_case_name <= node, lambda p0=..., *, p1: 926256103.0,)(a * 'a' 'b', *not j, sep=~ __x)
r20 = (lambda *a, **k: 0B1110001101101011000110111110000 + None) << {größe: b'b' + π for items in (4339515934798051367060379057159420270644) | i for c, await in not 0e315 if True + 474j if + False}.left & (not + (0xAdcA18a96C5dbd1f1e2 & 0b10100101000111101010110101001100101001)), (False in (6344334420154923132038) is '\n' for a in (lambda: 'é') if True ^ .5E-4)[(5e-324) | π:print - größe]
r21 = CamelCase <= 0x9Dc5899cdACcCdb7C87b86F2 != __x or y >= 0.00000000000000001 or (print if (614382.699172) else z)
r22 = self ^ key <= +j <= b ** await <= b & 7748602843946014940 and (items if größe else b'b') == (b'b' <= __x > (0b001)) and (n if obj else n) | (... and x and .895843985)
r23 = (.331856929 or (0000 or u'u') or 00 ^ b if (self == 'a' 'b' not in 0x7000bD5Ebae7Fd192cBD3 > total if (False if total else x) else 0xE2Ab6AFD0E0 and 55122658 and async) else (0o5225147266046455 & (0O503306075400)) << (u'u' ^ x)) != total.x not in (items or node or 0.000000000000000001) // key | len + items & '''t'''
r24 = total.left, (név | async) & _ % a
