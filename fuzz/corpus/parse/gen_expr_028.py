# Generated: expressions mixing every operator level, set 28.
r0 = 0 ^ 142608237.0 ^ (not snake_case_name >> 0x2Af13a9A6FbD447EE5cB34EcF306)
value
r2 = (0b1110011001011100100100011111101111, __x if j else c, items) ^ j.real | (not not (.692835529) << z)
r3 = ~ '''t'''
r4 = items or result or 988j
r5 = 1000000000000000000000 % (0b0001111010000100001100001101111), (.832780515(result * True, end=π, default=884831.408931 ^ 0b011001000011011101,)).real
total << False
r7 = self ** .475294334, lambda p0='s', p1=1, p2={}: 0b0001111110111001001110001001100101100110000101111 << π
(π ^ b'b') >> (not print) ^ ('s',)[0x31c9D76b1f6A0cFf2EAbbba33aB8c ** '\n',] if (j / i) ** 0X9 ** 's' >> (count & False and 82080.768408 | i) else - [key >> r'\d' for self in '''t''' for value in await >> y][::]
r9 = not ((True not in i is not 'é' in i) | items or "d" ** 0o3415162441061155773257 < 742251883 ** c not in 1000000000000000000000 - k is not obj << '\n' or node * 0 | (CamelCase or 2.5e+97 or (0e+216)))
(async ^ 0O33251407644004)(r'\d' or b or 88224476016, 214667122. / 00, b / value, default=z if 104420.873194 else True, reverse='''t''' or x or 615426242.0)(*b'b', k=count, reverse=print) if 388754052464806319047((.152044976) if u'u' else value, reverse=860000214856299275616173098826959250853, sep=c ^ "d")(~node, '\n' << key) else +(z if b else key)
r11 = 0Xb8CfcFcC6e1Be8bDd7EAF3ca6aD7 & z
r12 = 'é'(a, result, default=0B10101101011001110000110100101010100000011101 | 0o6147442243473) ^ (async ^ data >= None % π) if (0o1242145203403245 ** data << 's') * (... >> b if 94339143373767390188 else node >> data) else (... ^ c == név < 'é') & -(False not in (249j) not in n is x), (not total) ** (count or π)
False | j
~ j
r15 = 9.E+11
r16 = (r'\d' >> .293585742 or '\n' or value & z) >> (not (count or a))
(lambda **kwargs: név > 'é' is 0o056052 > len) >> (b & _ ** (0b0))
r18 = + obj((0O403761312326233111575), default=b'b' ^ 0B0111101011000000011001010001101).x or +(not ... - 0B0111111000101111101100), größe << u'u' | 0Xc0c >> 000
r19 = key not in 953913284.0
r20 = 962j
r21 = +y ** '''t''' not in 148822290158 | ((0B00101011) or key) != (len & y) << (items or i or CamelCase), (True == 685715525333252272 is not π) ** (i ^ total)
+ len
r23 = (.5e70) if 0 else False
CamelCase(... % False if CamelCase else 0X5cF7AcddAf2bc7a33FC / "d", (total < u'u' == k != 0000) | (név <= 'a' 'b'), *(π and (883504.167121)) | 0XfBFc3e55Beb7AFEF6D16e + 'é', end={b: c for (async, print) in __x ^ a for j, i, π in (lambda p0=..., p1=1, *, p2=lambda: 0, p3=None, **kwargs: 'a' 'b') if not b}[0X84dDaEa5EBfb5 & 'é',](-_ for c in 0b111110100111111011000100110110011100110101010010111001001000001010), default=k - (832759.742530) | ~CamelCase, **(9.E-230 << 0.001) - 'é').attr
