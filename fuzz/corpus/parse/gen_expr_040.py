# Generated: expressions mixing every operator level, set 40.
r0 = (~(2.2250738585072014e-308)) ** (key - 's') ^ total
(i is not key) ^ b ** snake_case_name not in (not '''t''' or False ^ (0)) > items.value
CamelCase
r3 = ((lambda: 0b11101000001110101100111) if (0O34510752232317672 ** (00), snake_case_name ^ value, 139683570. + y)[1e22 ** 540568461396206159694709088412282717104:].value else u'u' >> 0O05271 or (2.5E379 if y else größe) or b ^ 10000000000000000000000) ^ c // x(node | (0.000000000000001), +snake_case_name, 599578.706229, k=780611856. and 'é' and z), (größe and 's') ^ b'b' / data
r4 = π | größe ** len is not 543109.223251 & ~ n
r5 = +(0B1100001110011110101001), lambda *, p0, p1: value or __x
r6 = -(- ('\n' << b'b') | n)
((not x) | ~ (0)) + ((value if 288j else r'\d') or 5e-324 in a in CamelCase > .5E344 or node) | (not (not größe) // (not await))
r8 = (False | _) & False.left
r9 = count[:π and u'u' and print if r'\d' else größe or a or obj:].next, not -585j
u'u' & count
(0b011110011100101010010001001101111010011010101011110101100 != j >> await and [0b11000011111110111101101100101010 & key, not "d"]['a' 'b' if 549750826.0 else 431j:y // b:__x << total][lambda: x]) // ('a' 'b' * 2.5e128 | r'\d' >> 717j and u'u' ** (533103.67292J or b or 's'))
r12 = ((.5e+318) or 1e23j or 's') ** (160696.248583 if items else b'b')
439223398
r14 = items(u'u', 0.0000000000001 | b, 521435959. ** c, sep=r'\d' & 0, reverse='é' // 964539.173448)
r15 = 100j >> '\n'
- (node // 0O1145462635)
((lambda x, y=1: snake_case_name) if 0b10 else CamelCase | 'é') ^ r'\d' // snake_case_name - ('s' != 'a' 'b' < print)
(0E-82)
r19 = await, (r'\d' << __x)
~({größe - async for self, data in π for (k, größe) in k if 0B11 != 0000}[:, b * a, :1E273 ^ 0b101100010000011011100100100] or ('s' and 'a' 'b' and 2.5E+188) & total >> len)
r21 = k ** (await ^ név)
r22 = -z if "d" not in n else b'b' & 0xDc041fE04c6a2
r23 = await[not count]
r24 = (~(1e23) < 96429056. / 'é' is r'\d' & 'é' != j ** r'\d') ** - 774134.874385
