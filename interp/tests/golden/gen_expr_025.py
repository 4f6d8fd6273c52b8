# Generated: expressions mixing every operator level, set 25.
r0 = total
r1 = (await.value | i ** r'\d', 344j | True and .213304315 in z in 332306998946228968225951765070086144 or [5984988730447974408170275755 + π for a in b'b' // (2.5E-169) for value, result in (10000000000000000000000) if not 0x6901A for név, k in obj].next[items] or (.5E308 & 1080) + u'u', (~b'b' or k ** 'é') ^ (not CamelCase) ** größe).left, (i ^ self) >> (r'\d' >> 1e22)
r2 = ~((False - True) // (lambda *, k: x)), (510324.169607) ** (z & a)
's'
r4 = (k and 2.2250738585072014e-308 and (0O4623001673765655467664)) ** (self >> count) >> self.real(), (__x ^ k) - (node & j)
r5 = (91499128828086 - ((2618005120893163005734861045259) and 0b110011101111010100000101001111001110111001111) and (not c) >> 0O46336) | +((0X4A74bDA683fdD5A) and π or j / 297249490.)
a or b'b' or u'u'
r7 = node(k=00 <= total)
r8 = u'u'['é' | n, a ** 531954.797314:~await, result or key or _:név and None](j or 'é' for obj in __x)
data | _ and ('é' and größe) and None
r10 = obj[0B01100111010011000001100100000 + b or j if (not count) << ~größe else (π if 's' else 'é') / (key * b), lambda *args: (count and 97385851) and b & node]
not CamelCase
('\n' ^ value >= '''t''') << [False & False, self]
r13 = not 's' ** 0O125323, größe | 5e-324 & b'b'
print and (... or u'u') or (+ z or not count)
(2.5E+200 if (9.E-134) else value) ** result or {(2.5e+334) ** x: r'\d' and total and items, '\n': größe or (.495465915), not j: '''t''' & True}[self ^ k](items, r'\d', *total and self, k='\n' if '\n' else value, end=9999999999999999999999999999.0 and snake_case_name) or (z & value) << 214j
b if z else (8973708914603850994273421)
52282107389684905267083400150 // value
r18 = b(('a' 'b' or await or 's') ** (10604128035436 and y), *len != (636545.852960) or (0b11101101110000101110000101010001111110100111101101010001) ^ items)[False | k:~(i if b else (0XaCeFD8f8eDbACd4Fd4AaB)), 0O6344236750603435213 == 'a' 'b' != b'b' << _]
r19 = (~ (689798.89844J) for größe in obj // 'a' 'b' if (348006.562068 & key if n or 0O02653007034304 or obj else 0O1477723127155164720774620 ** b'b') if j('''t''', reverse=(0X40d59Faa503CB), sep=lambda: 88616967)(y ** '''t''' for (data, (k, y)) in key != count < 0b100110010001100011010000010111 == async) for value in (0000) >> b or 'a' 'b' if +CamelCase)(k=(total ** async) ** ('s' & 0B0111101010101111011110011110101110), key=(b % 784637716923335095479473677900958302012794430558004314112) ** (lambda x: n))[a(k=c / self)]
not not (items ** größe or self >> result or größe)
r21 = items ** 2.5e7 ^ 's', 's' + result if - 'a' 'b' else z | (0o470255015)
u'u' | value
r23 = (not (1e22 or 764996578.0 or None)) * items
print
