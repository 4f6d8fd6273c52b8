# Generated: expressions mixing every operator level, set 9.
r0 = None + obj
(... | a) ** (1000000000000000000)
r2 = (total and 's') // y, count ** a or 0Xe10cFd
not ... ^ obj if "d" | '''t''' & snake_case_name else await[::key and π]
r4 = π ^ k or True ^ False, CamelCase(node, 0B111010011000100000111000000, **(1e22) ^ await).ŝ
r5 = count ^ (lambda *, p0=lambda: 0, p1, **kwargs: None)
r6 = (print << '\n') ** (4467678 and key)
r7 = r'\d' ** (0E+361 & 1e188), (key or count, items and u'u' and _)
value ** 9.e45 | (CamelCase <= ...)
(obj - r'\d').value.items
r10 = (count if c else data) ^ '''t''' is + 20442163167353634 >> (größe is not u'u' >= 0.00000001 not in a) >= (result is 469296524516226 in data is c) << (result << (620353.75913)) is not + (... >> await), value / async or count ** async or obj + True
r11 = j is ...
größe ** k ^ (c ^ 's') >= z[count if total else value][:] not in (value == 5e-324) & value in (data > größe == 'é' == (1e22) and 'é' ** 292850849528182132523094256018979 and 99999999999999999999.0 << (0xC398AbF20Cb6D03778F5fBE2b))
not 's'
r14 = - ((total not in j == "d") ^ b'b' | obj(key=c and 190141390975491913155290112006100 and c))
r15 = a if obj else '''t'''
r16 = r'\d' or größe >> _ or '''t''' ^ 's'
r17 = CamelCase.items
r18 = -530475.724271 | (not r'\d'), 0000 or snake_case_name or y if (.149037970 if π else len) else print
(lambda p0={}: ~True ** True) and not (not CamelCase) << (0b1111111101011111000110111010101000001010011001 and 5e-324)
r20 = (async(lambda p0={}, p1=None, p2=a.b,: i, len not in items <= count, 0X96E24A2Ec0b ^ 0j, reverse=-a, k="d" / 362416.598583, **y not in n > (0O37) <= async)[b | 1e+189](5e-324 is not b == c > 00 for __x in b ^ n) if b'b' * 'é' else -(9.e+291) != (z or z or data) not in b'b' & 0.00000001) in 'é' <= név.x
r21 = not (π if self else a) and (lambda *a, **k: (0x169700ABaBB9A97CA7d)) and total(π & __x, 8260630903 | "d", reverse=0XE if total else b'b', end=u'u')[print + True:CamelCase in z != 0000 == név,][lambda **kwargs: print:result % größe]
(~ 729829946.) ** 993j // c(sep=False, key=844067, **0XFaC2C6b & größe) + ((total and 's' | 268836.570879 and ('a' 'b' or await)) & +total)
.848143257 + a ^ (key ^ items)
r24 = ({... and ... and True, 5721747051340311 in data <= .50199717, 100000000000000000 is not total}).attr.append
