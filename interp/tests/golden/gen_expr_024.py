# Generated: expressions mixing every operator level, set 24.
not (0B110111010101000000010100111001111101 ^ 'é') << (x or snake_case_name or '''t''')
r1 = r'\d' + 0X9dDF25fCe0D5fACCB9C03F if b'b' or _ or 3759 else None
r2 = x ** 804095790.
~(0b0101101101101001010000010010111111100101011100011010) ** π
r4 = c(snake_case_name ^ r'\d', k=async and c and value, key=value ** b'b', **(1e22j) - k)(lambda x, y=1: y for CamelCase, await, z in count and név and größe)[b'b']
r5 = (... <= '''t''' not in "d" != len) ** (y ^ 164668.219943) - (a not in None << False)
r6 = async if (217412720083696634130422629612750) else π + count
r7 = [](False ^ False, not b, 355890.481824)[:0O117761501335336447] ** len
data
r9 = lambda p0, p1, p2, **kwargs: i
r10 = (async ** (a >> .870679715)) ** ((print > "d" > x > 999999999999999999.0) + (60j + total)) == ((r'\d' + print, 0B010001101010100011110110110101111111000000011100001111110001000101) <= (not (5e-324) | 346768.47303) >= ((99999999999999999999.0 and 0O55) in (c and r'\d' and 0o1314742064570) in z) is 'a' 'b' | a | (not __x)) >= k not in (lambda p0='s', *, p1=(1, 2): self and ...) >> node.append
r11 = 0x8c66F12bD8CEc3DdbA1e85AbDfe >> _
r12 = 39614081257132168796771975168
r13 = - ('''t''' != .5e+184 ^ await)
self | 000j
r15 = ((a if (0b001100010101110000000101001000001111000011101010001111110010010111011) else True) and ~ value) ** data[True and y:]
r16 = (k ^ (not 2.5e-289)) // ((név not in '''t''') + c), (False or π) is __x ^ 'a' 'b'
név[node:](r'\d') & (not value & _)
r18 = r'\d' ** 'é'
u'u'(c / __x if not 'é' else 00, n + (data | 64283.264931), *z ** (total >> c)).left
's' // (2.5E+10) / u'u' ** k
r21 = név, None ^ név | '\n' ^ None
r22 = név(r'\d', True, név, end=n)
((not 1e+178) >> (861620117.0) + self | (lambda p0=lambda: 0, p1=..., p2='s', *, p3=None: 0b11010111001111001000101000101010)) & (+await >> (u'u' ^ 92772.566090) & [None, r'\d'][(0O27613046) >> größe:z // None](CamelCase & 0o7054010533633343162766, obj > data, 0xd4B8faf17AAcf9bde7470a0Bae519, end=not None))
r24 = (5e-324 >> data >> größe) + (990j ^ b) % CamelCase ** self ^ -(größe if obj else "d" or .533959505 or False)
