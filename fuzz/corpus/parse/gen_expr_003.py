# Generated: expressions mixing every operator level, set 3.
r0 = ((999999999999999999.0 if u'u' | 'é' else 7509484435154280150455587250668703642j % CamelCase) not in größe(k='''t''' or None or 0XDC1cbD23Aa07D79fB0b).x is not (0x96c65B38C9Dc8749A0F85d << 1e60 and u'u' and await / x)) + n.left
r1 = (00)
- x // value is (not '''t''' or i <= n or 'a' 'b' and 54j) >= größe ^ items ** len
r3 = items(*"d" - '''t''', sep=lambda x: 1e-88)(x, n >> 'a' 'b', *+x, key=not total)
r4 = b'b' & '''t''', u'u' ^ c >= (items in print not in i <= await) == b // total
r5 = False & ('a' 'b' <= await <= n is not data) and 0O110121771167165476212362 << (... or 0o471766023577)
r6 = (~(0x5CeDcf3CedcEfC445094 ^ '\n')) ** (len ^ 'a' 'b', 15244168232 >> 0x73B7B7D3E7ae3F9a2a, items)[False << z:not 0B011111001100010001110110011011100000:, - data::x & True] | (not ~None & 0b101011111100110011010101000110001001011110001010101100010100110 / 0000)
r7 = u'u' ** 1e+45
r8 = ('a' 'b' in items in π in 0b11100101000110100100111011111101001001000111) & 784637716923335095479473677900958302012794430558004314112
r9 = lambda *a, **k: [π + True, len if z else 'a' 'b'].items.append
z
r11 = total()[+(not größe is b'b' is 34402.637955), (+ (... > 0B00000011001100100)) ** ((0o04776276422354) & '''t'''):'\n'.left[..., items if result else print:CamelCase >> j] ** (not not u'u'):not ~ (not value)].x
r12 = self <= _ - await is total + j in (not név)
r13 = (not +data // (await if n else 0XC4c68339EFcD8)) == (not -größe) >> (not ... >> False) != (not .383777545 is 'é' not in self << c) in (z and i << 522709824.0 and not None if (0O7716623463521505) + név | (not 18985) else async >> (obj & név))
r14 = ((0b01100001011100100110111100000101101011100011001011110[snake_case_name, größe << c:]).items, not await & 99999999999999999999999.0J, - (π ^ '\n')) ** (not count or 670302.670583 or (True or value or n) if (items and await and y) & (c == obj is __x) else (_ | größe) ** (not n))
größe(key * _, (0000) / 5e-324, (0) ** True, default=value + név, key='s' == "d").items[:0o7526272765565 | 'é':~count] & {CamelCase: 0x10FDF7022a663a4eD6 | y, k and c and k: node or True or node}(größe if b else 0B1100000101, obj or (0O4141626677772) or r'\d', 1e23 & k).next
key
r17 = CamelCase if .167029745 else ...
r18 = total << 139j, total(reverse=b'b', sep=result ** 841924.309145)(key=65058510301546943030, **x)
r19 = (('\n' >> print) ** "d") ** n.append[:5e-324]
r20 = 567464.900097 & (z & x) or (b'b' == 'a' 'b') ** (node if ... else 0E+123), (... if (537j) else 0x56eDeFE9a) ** True
r21 = (0o4077713).x('s', key=9999999999999999999999.0 and 0b00101001011110011110001011111100101100110, reverse=count or result or value)
r22 = + data, (value if (0o11310653) else 704768782.0) + (u'u' | 0b101)
r23 = + (255303.579910 ^ (0x37)), ('é' or b or data) and "d"
r24 = (π >= 968) - (c | 'a' 'b')
