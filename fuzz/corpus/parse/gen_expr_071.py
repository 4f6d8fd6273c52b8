# Generated: expressions mixing every operator level, set 71.
r0 = (__x | b'b' if 9791804373605417005001150296069507822954 | '''t''' else 521584.751063) - (u'u' | u'u') ** (a and items and async)
r1 = (89253985. if _ else n) ** (await & b'b')
r2 = (lambda x: 's') ** ~j / (i ^ 0X2cde57e1176Da7fb7e16e0FB4fb1) ** (async or 505554.239200)
r3 = b + b'b', j << (935j)
r4 = n or key or b, + 6j
r5 = 's' and None and __x
print and 's'
r7 = b'b' is not (b'b' if 0x61273AD0779c else 0o521316474724136507), j - "d" >> (data if 184322792.0 else (.5E+34))
272429808.
r9 = True | obj or 2.5e+66 | False
r10 = ~ ((not (885349203.0 or 'a' 'b')) - ((0000 and 713068084389571351383359007582189) <= result is not ~ 'a' 'b'))
() & 0 is not (('\n' if False else 's') ^ ('\n' if '\n' else __x)) << ((b'b' & items) >> (... & len)) > ((None | CamelCase) ** (... < 'a' 'b' is "d") or (120038.451442 ^ 0O51727132353117) // + 0B0011100001111000101111100110111010100111101011000 or név(reverse=snake_case_name, end='''t''' or False).ŝ[+23461647733338727125853, False - None:'''t''' ** 0B000110001:, .884719384 & (0B1110010101001100011011000110001110110000110001111101111):n % 0x09Fe3DdF546C5BE725b30De2bA:'é' - self]) > + (print and '''t''' // result)
~... ^ (591468.937629 & data | (not 'é'))
r13 = (not u'u') ** (data / größe) * j(*größe, key='s' is 's' > n <= count, **not snake_case_name)(total - 0b0, len >> 0B1010101101100100011110101110011110110001000, sep=self and "d" and 0000)(sep=key | count, default=π,)
((00) < self in True) | result & 'é'
r15 = ((data or 999465.911493 or count) | 93j / b)
r16 = név(a // 374376786.0 for (__x, z) in 274868484.)
(b | (c in _ <= 0B101) and self(k, ... if _ else '''t''', key=__x ** 265598450.0, default=160959.109020 ** (0000)) and CamelCase.next) % ((False ^ 's') & None ^ ~ (None or _ or await))
r18 = -(1e22 / i)
r19 = u'u'
r20 = (True * 0000) ** (0b001110001101111101111111010001111111000 and 5e-324 and result), größe[-név]
r21 = (0b010000001101011100010010100011011100100010011011011000011110) and async >> z
(lambda x, y=1: 457839.985124 and u'u') << (i & .840222567 + async) & ((0O7714067042276336620460 & 0000) << 0O741123243 and (obj >> data and 000) and (444173.865419 if 0X43c3dD8dC else .5e-256) & (0B0110011000100010 and j and '\n'))
r23 = lambda x, y=1: 149371.48602
r24 = ('é' + (0xbdfdb1d1419c03F11Dc) if z in count >= k else y << node) ** ((c & '''t''') - (5e-324 > k)) & (None.left | ('\n' >> value | j))
