# Generated: expressions mixing every operator level, set 12.
r0 = True, (key ** π) ** CamelCase
len ** 'é' | self / b'b' or (items and self) is not ~async is i + print >= value ^ ...
r2 = ((x if 0O676224670 else u'u') ^ (0b010110010101111011010101011000000110010001 < 0b0101110011011101100111101000001010010110111 < (0000) != r'\d')) >> (n & (320555.110042) | 532793533 ^ π), self(end=(0000) & snake_case_name, key="d")
r3 = ((print or data) & node ** b'b') - (000 & (result if len else 2.2250738585072014e-308)) + {u'u' < ('s' or név or ...), -(value % __x)}
r4 = (_ ** 94708987. / (00 & 0XA51718f) >= count(obj and result, b or '\n', key >> 0O00407304652105554367226, *'\n')) >> ('s' / 0B1000010101001011100110010011001111011001010101 | b'b' ** items | obj / z / 780j)
r5 = total[::].items
(0B10010000100100000011001110001110111110000011100 & 0X7BF35EC3a5CAfCBF6E15253) >> result + len
r7 = (a not in 's') ** 's'
r8 = 0o7342746065664410543205
r9 = +((0O4672252776527) == 's' >= node >= CamelCase), 'a' 'b' << - self
node >= b'b' == 0b11010100001111110000000100010000000011001110001010010 or key + n
y
r12 = False & größe | (not obj)
r13 = i + total
r14 = ~ key, 1e143 * 1e+98 ^ ((0b00101001001010111111011010000010101111011010) and print and "d")
r15 = lambda p0=x + 1, p1=None: 0
r16 = (566627.233850J) != größe > False or node ** j or 0o324337665411334567062461 and c
r17 = k.left[([][not u'u'::, u'u' >> True, z:not j:u'u']('s' * ...) for k in (-0X6c47) ** 0b0011110 if None >> b'b' or not 0b00100100001100001)]
(größe - 'é' ^ (0o41541645263063204) >> 'é' | CamelCase.value) + ((0000 ^ 0000) & {"d": 0o2576577315 ^ 20282409603651670423947251286016 for async in not u'u' if data if obj for node in result if 0B01111011100011011010010011100110111110101001 ** data for x in -(387956440.0) if result ^ total})
r19 = self >> '\n', (data < __x < 0B1110110001001011100110100111111111001 > 'a' 'b') ** (0XEc & len)
(a ** 'a' 'b' and node - print) & ((... and False) & 0x14daDdAeDf24FF2B2eDF0)
r21 = x ** 0B00100010110100011010101100000101110001001011111010111010001000111100
r22 = (True and value & r'\d' and len ** π) + (print / snake_case_name - obj * _), (await & u'u') % 0o5324635345745000577366
obj ** ('a' 'b' & b).items or [a][a](0000 ** a, end=(0O35) >> data, **data | név) << (not ("d" or items)) or ('\n' != 243j not in 9.E363 <= obj) / (value / await) not in value.x <= ~(not u'u')
r24 = b'b' or 745364878. or z
