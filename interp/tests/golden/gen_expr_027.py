# Generated: expressions mixing every operator level, set 27.
r0 = {r'\d' >> count if i & key else False, not c, not 0B110100110000000111110101000111011001010101110111011000 ** 0b10100000011111111001011100}[:'s' >= None ^ u'u' is (lambda x, y=1: async)].ŝ, (2.5E+143)
r1 = 1e133 ^ 'a' 'b', snake_case_name
r2 = 606469.319245 >> 40245.220008, {u'u' << len: not (438920657.) for async in .5E262 if (lambda p0, p1=..., p2=x + 1: result)}
{- x << ~ _: 0x492a8Beb0Ec34dCBbd64E | '\n' | j}.append
r4 = (0b011000) | x
r5 = not 0o31654714315627473
+ (node ** data if 761058891890254162503654761937 or u'u' or value else 5e-324 < 0xACC < 3202 == _)
r7 = key
r8 = (... ^ u'u') % (a // 9.E+193)
('s' ** y & (node if items else a) ^ (0xCC0ce174e680).attr) & (~(r'\d' or j or 601001579.) if (000 or _) << (963625.424750 or 9.e387 or node) else i ^ len ^ self / r'\d')
(0E+99) | snake_case_name
~('a' 'b' & async % CamelCase | ((név if node else 1000000000000000) or 0x3d31dBDc75dAC78Bb))
((((0E-108) and u'u' and obj) >= '''t''' | b) ^ len[- len::'é' and größe and 2.2250738585072014e-308].value) >> ((not count) | i ^ 'a' 'b' and -(True and _ and CamelCase))
r13 = 00[not (.414969558):obj and len and self, count if 'a' 'b' else '''t''']
r14 = value ^ self
True in .5E-270
r16 = (node | CamelCase) & ()
r17 = {π or key: False < _ < y for x in '\n' + 'a' 'b' if (None if snake_case_name else total)}[lambda p0, p1: "d"][value + (557053461451273)] % ((node or 1e23) or -(91343852333181432387730302044767688728495783936)) is not (node ** 104961.372636 & total and (b'b' and 0B1101000110001000010000101001111110101101100010110011) // (j | node)) >= név(*b'b' or 00, end=n and "d" and (3865774137635409719638719), **k < None)[...] - (630j ** data not in data) < (None ** y | (not 755197533.) or 1000000000000000 >> 0xBa63CE0F3e69D7a178f9F2C2d99ed2 >= (x or u'u') or (snake_case_name if (00 if x else größe) else x & count))
r18 = k and True and False
r19 = False ** n
r20 = (374049964 >> (key <= 1e22 == i)) % (not 194004.852762) ^ {(not self) >> ((.769583288) and 0B110001011110)}.x, (0XE696eBDffcabD09 if '\n' else node) + 'é'
('a' 'b' ^ k) - .63466067 if (count & π) - ... else 314301.255471 << '\n' >= False is not (n or True)
r22 = (+a and 0xbc9556 & j and count | 00) - [count for y in True](len or print or 90794518.0, default=__x or '''t''' or 206957.879514, end=.5e-76 ** 'a' 'b', **- 678j) >> größe.items[...]
r23 = c ** data
r24 = await if +i else True ** async
