# Generated: expressions mixing every operator level, set 86.
r0 = {0XDD47aF: False}.value[340083.540256] ^ ~ -'a' 'b'
r1 = ('é' ^ ... & items) & __x(név, self ** 's')(0X81, default=- π).real
r2 = π, größe - y
r3 = z
"d" - '''t'''
r5 = größe[self] & snake_case_name(999999999999999999999999999999.0, sep=not r'\d')
n.attr[...] & (j or 0B0111010001000000111111101110111100110011010010001 or (.882783262) is (0e-108) is not u'u' is not print)
r7 = (a >> None) ** (0 % count)
r8 = 0o57330050215055021
r9 = - (not snake_case_name & print) & x((459217858062009760276190938923953).value, obj ** 0O5 & (n | value))[not '\n' & CamelCase:][(not '\n') ^ (b'b' | ...):], a / b - - value
not (a or j if not False else k if r'\d' else x)
r11 = await(reverse=not '''t''', end=not a if j and total else r'\d' or r'\d').attr[(False ^ 8893000069771013) ** 408550.493004] ^ ({k ** 1E380}.ŝ and ~ größe ^ .66955941 and len)
r12 = self if "d" else 'a' 'b'
r13 = - 389040.242001
r14 = lambda *, k: None ** True / (j ^ k), π + ... & z + z
r15 = '\n' >> x & value(.122994719 or len or x, **(0e-39) or "d")
items[False * 0o1310:]
r17 = ~y, x - b >> 0XC3EC5FBcb670CBFD1
r18 = _ and (878008678.) and self
r19 = 109783.528251 + (self is not '\n' >= snake_case_name) ^ (CamelCase ^ items) ** (666159663.0 | False)
r20 = ((not π) ** 82825318223600017402877034147667172 & 0B1001110100110110010000111100100010001011100 >> (1e22) + i,).real
r21 = n ^ (r'\d' ^ count)
'''t''' and 0 and '\n' or (n if node else count) or b'b' is not await == π != count
r23 = 0xaDe970Eafe58Ea0f9EdE
{(not None) ^ await << count: (j << 91343852333181432387730302044767688728495783936) / (612701774180554665475869128 and (0xACCaDaf3)), (0O0671731521661 in 0b10110000110 is not 'a' 'b' < _) >> y: (0o6651221673673411361162140) | 0X3CDAcfF564FB if 84040.899099 else lambda p0, *, p1=(), p2, **kwargs: CamelCase, ~- 99999999999999999999999999.0: not False or ... * print or total | 0O1567573} % ((114897888242) + key + 0 & ~(lambda p0, *args, p1=[]: None))
