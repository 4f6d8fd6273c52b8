# Generated: expressions mixing every operator level, set 77.
r0 = (not i ** a and ~snake_case_name ** None and ('é' and (2.2250738585072014e-308) | r'\d')) | ((lambda p0, *, p1, p2=[]: 598193803.0) or (not value or größe in j is not 488306.800980) or (669709775620 if CamelCase else (2.2250738585072014e-308))(c, n << "d", *1E391 and __x and k, end=c | 491161.83468)[z | 553370706232437503231448551281587108]), result + True % snake_case_name
r1 = (not node) * (node & 473948983.0)
0B1001011111101010110110110110110001011011011001001001100110011100000[count if (0xB0ADfeb6b8B2B) else items:, async and r'\d' and név:y:node ^ total, y ** 753j]
r3 = -async & +obj
(~print if 2535301200456458802993406410752 + obj & 0o0121140143313536 + total else 820433432019581589431252822 & __x & (_ and r'\d' and total)) and (lambda p0=1, p1=(): key ^ 'é') + {- CamelCase, print if print else items, (0O724331312) ** 'é'}(False and CamelCase and 79267071356423912, b - 0000, print >> 0o22475700115, key=z and data and total, reverse=None if 'é' else data)('\n' if 's' else obj, *r'\d' << 000J, sep=0b01010100111001000111001111001000000011111101001000011 ^ 's', default=not 's') and (y != _ and data in key and (... or items or 0O55025)) - obj(c for (z, y, CamelCase) in not z)
r5 = k ^ count
r6 = (0O024241 >> 0O5124301 | node ** items) << (y ^ print or (c if total else (576183414.0))), (not a) ^ j * k
((2.5E-216) or 5e-324 or z) is +False is async - 32163760 is not count ** total
r8 = 2.2250738585072014e-308
r9 = 100000000000000000 + items
r10 = (await and 0B00011101110001011101011110110110000110000101110100) & (0b101011101000111001010000111001000110111111001111011010001111) | (__x if y else async) & (0B0000011110110001100010110010000110) // 000 == + + größe | print & név ^ 's' << (0X9c05F084b96aa1b90E7aAeaFbA9967), 0o704403751371061623464 & key ** async
(not név // (749759.863718)) * ((async and 0X4FcAbBe23cEac9b03 and 0e-36) and b)
r12 = (items << 85468868. | None >> node) & (985989.805590j or 9.e+377 if total ** True else 'a' 'b' ** '\n')
r13 = result if '\n' else π
r14 = (key ** total >> (98422442539 > data) if _ & j is not ... >= '\n' <= (... in CamelCase not in 457j in (2.5E5)) else + 819984.457906 | (0B000001001000000010100011101110011100000011111110100110 | 'é')) | ~ (249785.919443 == b'b') << (await ** _ and async | items)
r15 = snake_case_name ** 843011489.
r16 = (~ (397126.443653J) or 3 & 0e109 or 52757486796622104310510 * len) + CamelCase and b((await | név) & -z, a or ~k), {u'u' & await, ~None}
r17 = z, 's' | a or k or ((5e-324) if await else b'b')
r18 = b
(64228907 == (0) or größe | (0xdC5E8) or π) == (False if len else 0b10) | (c | '\n')
((b'b' ** 1e23 | ("d" or 0.00000000000000000001)) ^ (print % n | (snake_case_name | value))) & (größe(obj & snake_case_name, ~self, default=snake_case_name > None, key=871j ^ n) or z ^ (True if items else 2.2250738585072014e-308))
y
obj
r23 = (("d" or result or 2.5E+367) is 84232.994300 not in b <= (not snake_case_name)) & n >> (node & '''t''')
r24 = {(j or i or (9.e72)) << None & ("d" & 'é' if 's' << x else x) for snake_case_name in (not 'a' 'b' & 2.2250738585072014e-308, z + obj and 0e+230 * snake_case_name and r'\d', items & _ ^ None % .5E+117)(~(0b10010100011010011111100111 | 2.5e32)) if név(reverse=obj) - ((y if .167801294 else a) >> ~u'u')}[:0b1100((x - value) // (value & b), sep=k):(result or await) ** (000 and n) or [not print, False ^ 0B010000000000111000111100101111101001101101000011000010, ~r'\d'] or "d" | név], (CamelCase or .5E+375 or node) ** größe
