# Generated: expressions mixing every operator level, set 70.
r0 = not a
(~ obj % (await ^ _) | (print and await) & 's') & (x & (0xcBA232448c62bfeaD & 'é')) ** (u'u' & (node ^ _))
r2 = False >> False and 0b1010011100001111111110 and + 'é'
count
r4 = j
r5 = x
r6 = [not + count for await in (lambda *args, p0, p1=None: i) for self in items if (0XaefCE1D9B7F7efB622082B != 's' >= 827j) * größe ** (.358278296) if (False or 'é' or node) / (0b000111011 - obj)] or ((not True) is not self) == r'\d' | print % u'u'
r7 = 1E-270 if 0X80Eda53fE3eda14e01beB113C | count else 's' + False
r8 = (r'\d' <= obj > 'a' 'b' or True not in True is len) != len - (not b), n.ŝ(k=größe)
r9 = c(sep=result >> 'é').left - ~0O3630054052 * len
r10 = i(*(n & key)).left, {print if név else a: b'b' and név and y, key and CamelCase and result: 0b101100}(π | count, *items if 'é' else y, k=... if 0xA8A6f6bCfe2b1Ebb6060 else True, **False)[...]
r11 = not +(node * n) or -(c is not CamelCase or u'u') or (value(node, key & .970444803, (0x0) if größe else 'a' 'b', *data <= 356491154745197739509486635121210867361 < _ is not self, reverse='\n' or 0B01000000101010010110110011000111001111111101000).real if 678216 & 2.5E111 | (not 00) else {snake_case_name for (c, __x) in not 0 for π, await, x in - .42856221 if True < node <= self if j for j in '''t''' ^ 0o6107763 if True if len << 00})
r12 = 7340384401771312212666895676524 or len
r13 = None / (None <= snake_case_name == i not in 2.2250738585072014e-308)
r14 = .684011816
r15 = a((... in (lambda: False) is not 66670.511200 * False != 2511 ^ r'\d'), *total << await(89005507806256200, *y // π, sep=False << .853196092)[+π,].items, sep=not (0o5) or (result ^ ..., self | (916833489.))[...].real or _ ** (327478239359548771580457911627319874 >> '''t''')).left, ~ async
r16 = b ** 1e23 if count // '\n' else y
(n ** total | (await if 365084.357718 else print) & (not b'b')) % (r'\d' / 0Xe3dd1937EB9a5ba3cdD28f & (total ^ 5e-324) | 0xdaD51DF10D53A + - 2)
r18 = 's'
r19 = value(snake_case_name, total - 955724929., (0B101011111000) & False, k='\n' / snake_case_name, end=not 'é') and self(x and 0e+4, sep=k not in 914j not in größe > True,).left('a' 'b' ^ '''t''', b * i, *+ j, key=690971.147588)
r20 = ((0b111001010110000001100001000010011101101110110) & 000 not in (not név)) ** (... >> 126918024.0 if 2.5e+387 ** (0O66764003) else 'é' and snake_case_name) + [node / n ^ count for y, j in node >> név if ('\n' if 0E56 | node else -'''t''')]
snake_case_name
r22 = .36062880 and i and größe
r23 = (lambda p0, p1, p2: not None) is ((snake_case_name if "d" else '\n') or not snake_case_name or a * 3847735489942633897479087649263207120) + await
r24 = 5444517870735015415413993718908291383296
