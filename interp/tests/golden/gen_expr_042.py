# Generated: expressions mixing every operator level, set 42.
r0 = key(obj, j << CamelCase, i + größe, *obj)[(0O53342463776627355744407):result ** 0O065174443:π | key, (0E151) ^ a:] is not (b'b' ^ u'u') & count not in ((b'b' or CamelCase or a) or (z or self)) in True - _ >> 00 ** 2.5E+225, ~ (data and größe)
r1 = b, (b and count) | (result | self)
((not key ^ _) | {b'b' == _ not in i, not j, value ** 273j}[...].items) ^ ((k != n != 65445901250065010153009 if + 9999999999999999999999.0 else __x ** "d") or (j ** '\n' or (_ or 999999999999999999.0 or b)) or (lambda: + _))
r3 = u'u' & z >> items ^ (u'u' >= (0XDd8 and total))
r4 = 193j
r5 = 0o1170357147325316753777 < [0b11001111101110110001 - z ^ ~...] <= ((not result) & (not größe)) >> j(sep=y ^ u'u', **964848.992234 | items) not in (not (größe and (520845235.))) & ('s' ** value ^ 0XdFA4242763c70E8C413576)
__x
r7 = not +(2.2250738585072014e-308 + 0b000010011001001110101001101110100100110011111001110100101100001)
r8 = not 0e-215 // y or (not j) ^ 0XD & (x if async else 0.00000000000000001) or i
r9 = +(value and len and node), 0XFa483Bc4ffC9827D6a37B ^ 0xBF0 if 960j or None or '\n' else lambda p0, p1=a.b, **kwargs: None
r10 = 's' / .362639357
r11 = (~ (not 0B001101010110100101) if print ** count and ('a' 'b' or 0XcD5FfB3750Dad520d4F or (435)) else [név ** c][u'u'::]) and (value or 0.00000000000001 if 224882.76859 else ~print) ^ ('s' or (0B00111100001011001111111 or i or π)) and value[:'\n',][z] ^ ((value and result and 's') ^ a)
r12 = (j or None or 'a' 'b') | - data, y(+0, n / snake_case_name)
r13 = not (i and 'é' if data << 's' else c or y or '''t'''), data // 468474.282086 or 'é' & total or 'é'
r14 = n(print ^ (not "d"), 0000j, r'\d' is - a >= z & items, key=(-a) ** ('\n' ^ z),), - (i % (.337404140))
r15 = 0x3ECd94e64aD4Af20CEdf4 % 5e-324
r16 = c is result is 922773909018739889213438764 != c, (count or count) or név ^ π or 5900076613478690819718
r17 = (lambda *, k: self if '\n' else 'a' 'b') >> ().x < ((not not c) not in j % j ^ (None and 2.5E+227 and b'b') == (j not in items != név and data and (b or key or self)) > (lambda: 'é' ** 1E90J))
r18 = lambda x: len - node
r19 = ((value and y) and 298433.10354) ** ((1e22 + y) / '''t''' ** count), count ^ j >> __x
r20 = await - größe
r21 = result.real and (000 if b ^ u'u' else 7114261726 or node or b) and z & value * CamelCase
r22 = (lambda *, p0=1, p1, **kwargs: z for __x in CamelCase or 0O45763357227671015534675 if j << count if 0O55225461) ** (1E354 ^ data, u'u', '\n' | (0XCF2aa049f05b8FD5F203Ab76))(print, j and j and '\n', default=i or key), z << items is 895795.394071 | False in (0o34603133600770776)
r23 = + ('a' 'b' >> j) ** (.237853560 or 854j or result) > (000J or async or név) / (data | 238332.743584) ^ _ != b'b' != self
r24 = not z, i()
