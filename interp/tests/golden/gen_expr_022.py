# Generated: expressions mixing every operator level, set 22.
r0 = value ^ z << 610645.181718 | (count - obj) ** (result | 2.2250738585072014e-308), 'a' 'b' ** '''t''' ^ (not b'b')
r1 = ((733556655.0) ^ n ^ (async or total) | {self}) ^ (False and key ** CamelCase) + ((k and snake_case_name and z) + ('a' 'b' and node and False))
r2 = data(*(a or j or await) << obj, **(k and j)).items
value.left()
r4 = u'u'
r5 = _([None for (print, data) in u'u' & False if count and 0o1373632524733335 if await ^ n for größe in i in node if 0E+283 if größe for obj in 'a' 'b' / i if (0b11101100000011001) or ... if not n].items.attr, 9.E-369 ** _ - z)(640469272 + 1 & (z and print and b'b'), not CamelCase, _[:self:, '''t''' if ... else b'b', :], sep=(.298865251 or None or π) or '\n' | total or '''t''' and π and b'b')[(print + print) // 0 ** False] / (j - 3993073006732838890534892717423611044 % 00) ** (lambda *, k: 517801096360j | i)
(__x not in z is key) & (π >= 429881.608027 > await <= j)
r7 = {'é'}
r8 = not n - 0O4736714443
r9 = lambda p0=a.b, p1=[], *, p2: total & 'é'
self
r11 = +'é'
(y ^ 0 or b | 's') | (items ** z | -0)
b // result
r14 = 0o26731637100 | größe
r15 = (None + async < (self if 0o443306765337616733 else 479j) not in n is total | result) - (j >> b'b' and 00 / 0xc1864 and None), (None - node) ** (len | 309847241.)
r16 = + (key if 992389894139005514572083398551288 else data)
result.attr << {0O64656 + value for _ in 597144.965697j and __x}[+self,].append
r18 = self ** snake_case_name
r19 = 5e-324
r20 = ((print >> név) - (0B11) ** value) ** ~ (k ^ key) | (not (not 0x4fa52aF6D) ^ (not result))
r21 = result[data(data ** b'b', items <= név, 0X7609dfefDFEfe8Ef7c5ee5 and größe and async, *+False, default=data & u'u', sep=471839704. + node)(*391646.405333 if r'\d' else (0000), end=not 10633823966279326983230456482242756608J) or - (CamelCase >> self) or (1e23 & 460999.629865j) >> j - node:], data % result << True
r22 = (async), total
j
(((__x and z and r'\d') | (c or '''t''' or async)) >> {0000 if 26916836143015103208592462548 else len: '\n' for node in not result for (snake_case_name, y) in snake_case_name if len ** 'é' if 'é' for n, c in value if π / c}.next) ** (()(end=print ^ a).attr and z(len ^ node, sep=y <= __x > 000 <= y, key=608j ** await) and n.next[~self])
