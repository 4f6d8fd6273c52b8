# Generated: expressions mixing every operator level, set 66.
r0 = self >> len
r1 = True.ŝ[- (await // "d")], (π and total)[b is b'b':True | a:727323898998788150688688476,][await]
r2 = + (('s' if items else self) - (self | len))
r3 = total(c(not j & '''t''', reverse=(True and "d") ** len).real, reverse=('a' 'b' ^ (700284793628857) if count else ... and result) // ('''t''' ^ False ^ (lambda p0,: 'é')), **((not (0000)) | +π) ^ (~ n <= +0E+248J >= self ** data))(~(key >> (0o444233 >> self)), ()[:][{0b1001010001011001011 or u'u' or None}.value:233j ** 0O542103012], reverse=(not 'é') & (not név) ^ (items or 662504109.0 % 10081595))
r4 = größe[k * 'a' 'b' - self % (0b0101000111000011010001011), print(not key, count - __x, größe // async, *0j)][...] & 's'(k=(i and count) and (items or größe) and 0b0001111001101101101110000000001000001101 & 0O157033215)(((0b1011) ^ z) ** (value / (.347006606)), (407956003.) | 0E+324 ^ b'b', 853832644.0 ** async and not ..., reverse=False % (1e22 or 73833.877466), k=0o51371226152536 - (0O433521101)), név
r5 = r'\d' and z, self.attr
(total ^ async) % CamelCase
r7 = lambda p0=[], *args, p1, p2, **kwargs: (data or print) // 0b1100011101111100001100101101000111110011000101101110011110110011100000, not 1398 and 0O172211161036
r8 = ('\n' or not z) | (x and .645201543 and c if 'a' 'b' | 'é' else False / c)
({név and név for value in 0o23377707476300 if self and a if not data}[00 or value][...] and [(0B1010) ** y for (név, result) in await != "d" if True ^ '''t''' if 's' ^ data]) - (1E+238 >> node >> ('é' != "d") or - z ^ node or (0xf47cecD81565680aF3Bb4DeB6a0 if _ else π) | 0o41314665522356)
r10 = (1e22 // größe) ** self(*'a' 'b' ** c, sep=0j - snake_case_name)
r11 = 0xf0fFB64EfEeFe or (0b00111101101010110) or 668705.252348, key(n, '''t''' * r'\d', *CamelCase)[:'é' ^ 0.0000000000001:False]
r12 = k or ~0o16414446304
r13 = größe | ('s' and r'\d' and "d") | (not await) * (.613448824 + '''t''')
r14 = _
r15 = '''t''' or '\n' or (data if 1e22 else snake_case_name) if größe & (0B0100100111001110001111010001010111000000011100100001001101001001100) or "d" ** 9.e+54 or z | False else k(π, ~99999999999999999999999999.0, *(37j), default=key ^ 7293433737598743432617841, end='''t''' != CamelCase == '\n' >= u'u')(u'u' and _, 000 != 410061064278576 > node), not r'\d'
r16 = y()(n((i if 5e-324 else ...) not in 0X4Eda12DDFE06C // key, '''t''' - (c << 0xeC8dBBDf7b350c487b36a5999Aa), sep=-(932898381953416 and key)).x((value <= key is not y >= j) & (00 and async), value ^ k | (None or "d" or result), - key, *0000 ** 0O613011240666257 if ... else data > obj not in ..., k=größe != ('s' < 255447149.0 != await == 1E+102), reverse=('é' & data) ** 0b1111011 ** i, **{}[653965147694415702272750 ** 0XaEfF2db09Bd8FefEd2869aC9, False ^ y]), + ('s' | False) + total(10000000000000000000000000 * await, 0000, 227805146.0 ** 641392.595617))
r17 = lambda p0=(1, 2), *args, p1=(), p2: név, y // key | (not (339143032720538760212751988086756504))
r18 = self // π or 0xc4dF355 > CamelCase >= CamelCase <= 24186734631689
r19 = b | 'a' 'b'
r20 = név or c
((.5e+340 / y and total and (key if data else x)) - _.ŝ[b ^ (0Xba28A6b6BB)]) ** +(0B010101011101100 | value or +total)
r22 = größe(count, *c | j, **... & False)('s' - await for b in ~ 1000000000000000000000)[::]
r23 = __x and j, (r'\d' ** 'a' 'b') ** (68513231930567914819124030987017 | "d")
r24 = value.value | +(total - x)
