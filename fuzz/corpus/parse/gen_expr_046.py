# Generated: expressions mixing every operator level, set 46.
r0 = i * j, + (y if 308796.260614 else count)
r1 = (((0B0100110110110001000110011001001100010111010101111111010101101110) & 0B011111001001000100001110011000011001110100 and n ** 'é') and (not True) + self ** obj and ((1e10) | False) % await ** total) // ((00 & π) / 's' or ((len if total else 109037774.) or név or ('\n' or node))), result / .5e107 / (lambda p0, p1='s', **kwargs: 0XFF8B0e24DCd766EE5Cf026fE)
not (not 302j) >= 's'
r3 = not '''t''' + len, ('''t''' if 1267650600228229401496703205376 else 807999074.) and (False if 0b00110101101000101000011000100000010101110100110111 else c) and not count
r4 = z([CamelCase >> node, - print][False % 628997432][2.2250738585072014e-308, 8593325058780943807323653187540872877022 and CamelCase, :total - '\n'] << ~ await ** c, ~(7299249541847007 << c) ** ((0O516226610001) - "d"), **(async * 's' * (value - r'\d')) ** (b'b' & (854167360. if π else 0O4035401566446016)))
r5 = [größe, + 'é', self and len]
r6 = print | z == (lambda x: None) is not self, (000) in 0X0bF86a78a0d8D0 > False or CamelCase
r7 = (π and 'a' 'b') & π ** '''t'''
k & async
r9 = __x.real
r10 = ~-CamelCase, 's' ^ None or 0X5AE3A1c2167 or count and c and await
r11 = größe & 'a' 'b'
r12 = + snake_case_name
r13 = (x | 'a' 'b') * CamelCase
r14 = () ** await(b'b' ** c or i | print, key=(1e-293j >= 0B11110111100111001010000110010001001 <= self) ^ (snake_case_name and (000)))[self ^ print ** 's'](key=total[(908771.25228) ^ __x]), _ ** 'a' 'b' < self >> len
((len << 00 if 0Xd46A497 and count else not (9.E-47)) ^ obj >> (not 0)) & ({}(reverse=lambda x: await, sep=0O3107365011 ** items, **lambda x: 0O3537506744456771) or x((37483712113514133) or len))
(840922.592419 in j != items) * 0O31713077045 >> (971101.300950 * result and 912895334. & await and await << result)
(not node) | 999999999999999999999999999999.0 & a == n(data - '\n', end=_, **~...) > (not (__x if total else (1e+334)))
r18 = - (598094.732582)[:]
r19 = items
r20 = count or 's' & print
(1e23 & len or 0xFaf4 or async & b'b') and "d" ** (r'\d' ^ 1e23)
r22 = π
r23 = print[:u'u' // (0E23) or True or (978190.405295 or 0O33105000075):] and z(j / value | ... & b'b', x('''t''' ** 380j, ~ 1e+20, default=i * len, sep=b'b'), default=~ print / (CamelCase if key else "d"))['\n' | obj or + data or not b'b':]
r24 = ((686447) in 00 >= data < c) >> név and - n ^ ~count and (not True) - value
