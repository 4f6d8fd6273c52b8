# Generated: expressions mixing every operator level, set 39.
r0 = (224311.124211) & i >= (0xEABf4Da6e9dFE6EAA51bbdd2E or ... or u'u') or (- 2.5e-328 if __x in 00 in név is 907940.766628 else - async) or c ** 0O073440176314605737273 < (self or True or k) != 0XF69B8febD in n / 979326710002291909427055438707
r1 = n
(lambda *, k: ...) ^ (.889657473 ^ "d")
(obj ^ ...) - data
r4 = 'é' + '''t''', 0O3732432764634367 <= j % len is not (not await) <= len
r5 = lambda *, k: False
0b110111
r7 = [{'\n' * 0XAf9B36fCB93cB4DD28F, +y} ** (items or 2.5e-287 and value and 1e54), async('s' < (000) not in k <= 'a' 'b' for count, len in async) | (größe and ~ név and count), (not 391558.530459 == snake_case_name > b > b'b') + __x.next(False is not node, 0X5 & b, __x, **node)].value, j ** __x or +a or név / y
r8 = ~ (u'u' and a and 99999999999999999999999999.0), j
b
r10 = (print)(False, '''t''', b'b' <= await == j, end=__x ** 0B01110100001000000101100001000010101111110101100000010001111010010100, default=r'\d' | snake_case_name, **lambda x: None)
((.270776781) << snake_case_name + '\n') - - 5e-324j
r12 = not (1139865629146669432699771032380) == n
r13 = print
(695j ^ node is z is '''t''' ^ value <= (await is len)) / (5e-324 << __x | '\n' ** __x) & (-... | u'u' == (await ** True == self | 0B1101010011010 >= key ^ k not in - _))
r15 = - (u'u' ** data >> ('\n' is __x is not j <= ...) >> ((π or 0b111001001000111000000001001111000111000110000) and (CamelCase and b) and 10000000000000000000 > 13 == value is not j))
(not _ / 1E40) << (value << 'é' | x ** b)
r17 = (not CamelCase) | z(z / π, c or k, default=a + value)(i, key=1750175 ** b'b')
r18 = z, (7436603027806626722233736831847180430133 << 's') / ('s' or 'é' or print)
r19 = (('\n' and __x) % (obj and self and u'u') if 1e-102 and 322790149737302503039 | 652606502.0 else ('s' and 0O506723415075 and 1E140) ** (0000 - "d")) if ({b and async for CamelCase in items | b if print | None for k in result or 0 if value if self} if (1e22 or 00) == r'\d' << i <= ~ print <= 0xCA3e21bEB9f95Dc1C7C279D5edf ^ π else (lambda x: j) or +308j or b ** 221721.249501) else größe & ~ i if r'\d' != r'\d' else (b'b' or 1e-89 or 0b111010100) + (self ^ n)
r20 = b | 9.e+227 | (print if u'u' else True)
r21 = (not j) - ('a' 'b' - 's' ^ (value or 0B100011010101010100010011110010100101101001101111010001))
r22 = -obj.x // (z << result ^ 9454090.0 + None if obj or count + i else (2.5e+172J) and π and z >> None)
r23 = await
(self * (not items), - ((289176.288089) | (10000000000000000000)), not CamelCase & len)
