# Generated: expressions mixing every operator level, set 2.
n / (0b11100001011001001010111010010011000000111101100001) not in b % 0
r1 = (('a' 'b' << key) ** 0XBAe0b0b169e8c0e4E2d77Cb5 ** i) ** (obj & 0000 - 145j), not 0e347 << async
név().next(node, **(node or 'a' 'b' or a) & ('\n' if 0XF65C04e4dd4B1A9 else c)) ** (True & n & (lambda p0, *args, p1: 0O3074512123452) if 169j // (not b'b') else self and '''t''' * None)
r3 = +('a' 'b' & (b and 23945242826029513411849172299223580994042798784118784)) - ('a' 'b' / 9.E+49 & -a and 's'.append and '\n' + név > 0b110101010001010111000100000110111110111110111110111 | i)
r4 = ~0o1
b('''t''', 0O2621, print, reverse=snake_case_name | 1E+209, **'s' ** async)(result ** items, print, end=items if név else '\n', **π)(not r'\d', 's' ^ (0B010111111101011011000111100100011100000), x / c, *items or key or 0000, k=(0B01) and j and név, sep=print) - ((items or j or 0) in (2.5E72) ^ i >= items >> None not in result) or node(True != x, 'a' 'b' >> n, 'é' >> 1e23, **0B001110010100 or b or 0e339) >> (count ** x and ~b'b') or value(self(0 ** False, key or 940016341089365546283503345749291, *None | self, reverse=i >= i is not 4300.761870 != data, default=größe / 273631842.0)(node, self not in 0o60 <= print != (670780), data << '''t''', *1e+116J & True, default=b'b' >> 0X6A219D3674e44BB30EEeB38c, end=False or True)(r'\d' / 000, True), sep=CamelCase.real, **total & "d" or count & ...).value.real
r6 = -b and 's' ** 0o2127455275415757
+ 0o5234253412574622246012 / + value | __x % False << - ...
r8 = (('s' or total or b'b') in count | len >= n in (.5E+387) ^ 0xdAD318ac9dF) ^ (z or név or 0b11011110100000001010010011010) ** ('\n' and result)
r9 = 884124631.0
r10 = not async is len if (key, await)(count + 's' for node in value >> count)(größe, 's' << 1e177) else x & i == 40134050736598083938444647, lambda *a, **k: len | data
r11 = obj or obj or 0XbcbbAeABf9CA5C7d0
r12 = (items >> 67466295.) / (0000 >> count), (lambda p0, p1=None, *args, p2=[]: len) & (node | név)
r13 = ~ (items % snake_case_name) ^ - r'\d', (b and items and n for print in b)[:b][...]
r14 = async(... if 2.5E-137 else _ for (y, (i, größe)) in (__x if obj else None)).append(837067.485748 ^ a, 2.5E281, 1E-336 / len,) & ('s' ^ "d" | π & 'a' 'b')
r15 = ((000 and 0b1010001010110000111111010101011001111100100110010111000001110 and self) ^ result or ~(value | '\n') or __x ** "d" & 'a' 'b') or (not __x) - '''t''' % snake_case_name < ~ 590j - ((9.e-118) << len) is (not név + i) or ((total and x and u'u') and (0o3371255770214153) & 'a' 'b' or i ^ + 877687083275)
True % größe
r17 = (False < _ == 's' <= 00) & x
r18 = _[not 2.2250738585072014e-308 - 'é'::, ::, ...]((a == total) not in print is not (0 and u'u') is not (u'u' < 'é' is not b'b'), _ ^ async | (név | count)), 's' << i + 0b10101000
r19 = ..., (... and ...) & (_ | (516j))
~'\n'
r21 = _
r22 = ~0o220
r23 = (True | __x) % (not obj), (b or k or None) ^ i ** b
r24 = ((0 if u'u' else 'é') and (0B1) and ~5e-324) & _
