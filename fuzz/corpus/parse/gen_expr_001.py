# Generated: expressions mixing every operator level, set 1.
(result | print) + __x
(('a' 'b' not in True) ** größe | ((not print) >= (False if value else await) >= r'\d' & _)) << (not (obj is not await) ^ (result and b'b' and 313503808.))
r2 = not _ + self
r3 = key // await // (obj ^ 99999999999999999999999999.0), lambda **kwargs: 2.5e+26 if b'b' else count
r4 = a >> False | ('a' 'b' if (0000) else b'b'), '\n' | (lambda: 9.e+0)
r5 = - ((b'b' & (value & None)) * (not 1e+327 and größe % 524081563.0 and (key or (698428301.0) or név)))
r6 = {{k >> __x, node ^ 9.E165}(k=b'b' // 0x1Fa0CE292226c2)(+'a' 'b', __x, key=+obj): ((1e22) ^ True) - (u'u' if 3138550867693340381917894711603833208051177722232017256448j else 'é') for CamelCase in {.861614077, b'b' & '''t'''}.left}[result[__x:r'\d']((210504) >> count, not 9767840758274012847384383, len is 589489.755183 == (000) is not r'\d'):('é' & __x)(x | data, .879585676 & π, *1e23):n(result, end=value % größe, reverse=value)(+c, not größe, +9734244230584100920449987343078)]
((items if self else True) ^ True or -0.000001 - snake_case_name ** z) > ((lambda p0, p1=-1, *args: -None) and (0E+6 ^ ...) & ('é' and True and b))
r8 = (~ (-i and 'a' 'b' and self & π))(lambda: (00 and 'a' 'b') | 000, x.value[async and b and '\n'] if (229502537808985648661550581883467086 and result) // (... or key) else (b if k else n) != (lambda **kwargs: _), (819946524732950597091359 in items > 2.2250738585072014e-308 != 770576677.0) >> ("d" << None) ^ (632242.581307 and data and items or data // 0B1011010000000000100001000111110001001 or total), *c[:c >> (... >> b), 'a' 'b'.ŝ():async(None | obj, 975j // key, total or (0x33B28b5E19Ed166A3cc23b2DaDb3) or __x, end=0B100001101000110100001101100111000011 | '''t''',)], default=lambda *, p0='s': snake_case_name, sep=y[...] if (snake_case_name if data ^ result else 0X99afD63AB6Cf6C ^ 's') else +value, **[(lambda p0, p1=a.b, p2=-1, *args, p3, p4: 694640.199465) & data for obj in {0XB2eAF7AeaFfD1c72E42F ^ 9.E126: async not in 185837619} for (self, CamelCase) in x[:, :c] for c in key(data, -331576.368920, k=i ** 397526604., end=j > (881838.609248) in result).ŝ if (x * items if (lambda p0, p1=1: items) else not 'a' 'b') if await ** 000 and π << 00 and ('s' and 000)]).x
not False - z & 's' ** x
obj(await ** 0o1545736667 == (0e+73j in 000), (~CamelCase) ** (u'u' if snake_case_name else False), n ^ '\n' != z & (0o33020134305) is not 0B10001110001111, reverse=+ (False | "d"), end=True | None if (0xD3C9c8) else '''t''')[:async - 4703236250078126593 == False <= a | u'u' != k,](end=(π > async <= größe) ^ i - result)
(0000 ^ größe & 0XaBEE027) - ((.11701952 if y else CamelCase) & (000 and 467j and "d"))
r12 = - ((total and (0B10111000110001100000110011010110011111100100001100010) and u'u') / (größe & CamelCase)) ** (not ~"d")
r13 = [x(reverse=π & x, key=True ^ 5566504627836178978043890415383679)(items / y, *None << n) for größe, key in not _ or név and "d" or count * "d" if ~ (0B00010010100110011111001001001011011001 & await) if r'\d' / data ^ (0xe7 or .962649913 or i)], data ^ True if node & 2828856746473001317223133 else 0.00000000001 | y
r14 = "d"((a >= 147362.939937) is π // (0B1110111) is not (_ != (403241814.) in b), i ^ π ^ 'é' ** név, b'b' and (print or 'é' or b'b') and 1e22, *~(név and '\n'), **_ + __x != z is not k)[k[(00)]]
r15 = (+ obj and 0o503163574266274111 & value) | snake_case_name(key=result or z, default=print)(CamelCase ** b, k ** value, result ** len)(not 's' for z in b), lambda x: b and k
total
r17 = (lambda *a, **k: größe).attr[u'u' or (2.5e+14) or '''t''':True ^ (99999999999999999.0)] ^ (π & ... or - 134j) or 0XB4cCDa9bAea8d0DC5D0F6aF, (100000000000000000000000 & z) + 920j
(0o156056140374300341701737 - .5e390 - (print and π and 0b0101010110010010011101011010111100000001101110011111000101) not in .145678774 ** 0XBd988a ** True == 526810836.0 > (+ .378708882) ** (0b011111010011100110001011011100011001011000001111010011000001100110 + (0B1110111000010011100100110001101010000010000100010010))) + (obj).append
r19 = ((342572.206331 < (24707826960423997334813) is 0b110100001000000100) is not (lambda *, p0, **kwargs: (149822933.0))) >> (("d" and 757j and b'b') | ~'é') if ['a' 'b' if obj else 211351757.0 for k in async for data in False if key if (7662614726311223740) or False or __x for count in ((36282517.0) if node else j) if ~ 735j][::] - count.items[:b] else None + i & 'é'(_ & név, node, *"d" & key)
r20 = value ** b'b' // (b // 'a' 'b') ** (k & 2.2250738585072014e-308)
r21 = i | async, 999999999999999999999999.0 | z
r22 = ()(__x, j, '''t''' >> None, k=True, **b or __x).items
r23 = b'b'
70008682
