# Generated: expressions mixing every operator level, set 36.
r0 = 870073.304503 | 0XF6 ^ r'\d'
r1 = (self if b'b' else x).left
r2 = not (π | key) + (π != (2.5e+318) is not total) >> (((1e22) or k or név) or 0e259 or 'a' 'b'), (None ^ async) << (2.2250738585072014e-308 ^ False)
r3 = ~000j ** (await << count)
(node(k=b'b' & len, sep=név)(0B011001110011000001000100, *'s' / async).items <= k(0Xcc9AC4 // None, ~ 3437189721764469454, '\n' and 2.5E-400)(a, + snake_case_name, end=not await)(größe if total else "d", end=total) not in (k >> value or 's' & False or (lambda: größe)) > obj * async ^ ~'é') ** ((not k) ** (i & c) + (lambda *a, **k: b'b' >> 302j))
None & (833j ^ self) & + print // 's' ** größe ^ ((z | __x) & '\n') + print[obj // 0][c | i:not 633825300114114700748351602688:not key]
data[név ** (0B0101100010110110) // (_ >> '\n'):r'\d' ^ (None | True)]
r7 = node is not key % async
r8 = (1e+303 ^ total) ** (await / ...), (~ items for (π, (await, CamelCase)) in ... >> await if self != größe is value for k in self | items if total or r'\d' or False)[:CamelCase ^ 690j:]
r9 = 0B00011000001011101100100011101000110000101101111010011110000100011100
r10 = (x + total << (lambda x: len) and ('a' 'b' ** (2.5E-11) and j % 'é') and ((583994781379277946520948) or b or b'b') ** (count & név)) // (+ obj if (lambda x: snake_case_name + y) else obj(await, 840j, *None, **π | a))
r11 = -(async & x) << (.5E-277 - b and node - 's')
r12 = not items or + 0XCfB8fCc5, (_ or 0B101111011001011101001101111110101011100000001011011010110000101011) & -'a' 'b'
r13 = größe ** j and 'é' << 'é'
c - 9400122835353151442761921272
r15 = True or await or node
r16 = név(not 'a' 'b', k=key ** '''t''', **a) ** (-c, print ^ 717155.991515).attr, b'b' ** (len >= (0b10) not in None)
π
r18 = ~ (0b10000010101111000101011111010101110010011011100001100011011 if total else (0o71221754)), (0e-352) ** key is ('é' or "d" or snake_case_name)
r19 = lambda p0, p1, p2, *args, p3, p4=(1, 2): (items if count else 'a' 'b') & 0b1110001101001100001111001001001100000000011111011001 ^ ((0xbAeaa9aa582d68E8fE94DA52a) and y and n or (.310529237 if 938752.442207 else 3266693279373)), k >> u'u' >> (n is not k >= 0o3 < total)
(not 0000j) & ("d" and len)
async(+ név, '''t''', False, sep=0X3E6db71F659094e4F8Bea3Bdf >> True, end=0O516560503416425075154 >> 1e22).next
r22 = not (True or 0B010110000110010001001110001000000111100 or value) or (b'b' if név else await) + (items ^ 'a' 'b') if név(False, not b, *items | '''t''') < {x >> 'a' 'b': +b for y in print / n if __x}.attr else (00 & u'u' >> 328558.275745) + node.items
r23 = (not (π ** CamelCase) ** (b >> (5e-324))) ^ ((0O2223043143375450723 if items else 387887519.0) >> '\n' + True) % {0X0bdb9d2dd2B8bc71B8B or node: c and c, (463803.110580) % None: None}[0B111101101111011110010100001101010100 or obj or 91205151258168068607290761j:].attr
r24 = len
