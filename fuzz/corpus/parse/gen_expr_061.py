# Generated: expressions mixing every operator level, set 61.
r0 = snake_case_name[('''t''' ^ i or z * 927267211.0) | obj(6795531286379972506 >> (40488032496288658133906612396760), *j >> 100000000000000000000000, end=not k, reverse=obj):][π(lambda x, y=1: 9.E246 or i or u'u' for _ in not (j if i else 469176.256124)).left((total or key) and ((0B0011110111100001010100011000011111001110111010000101) or 's' or CamelCase) and - i, c(k=0b10101011, **1e23 + (1e337))[c and 0X8C7feEdeDDd5F11efd543CAF1A5, c ^ x, u'u' or '''t''' or k:b'b'], not 0e-42 ^ True, **print + ... ^ (562827934.0 not in '''t''')):]
await
r2 = + (not CamelCase) & ~ (lambda *, k: n)
r3 = _(_ | 0X1D9d7cA82EFa5, *__x, default=print or async or n, reverse=__x and snake_case_name and snake_case_name, **not total).x.items % (((0X7AbfeE2eE6d5c326F0Ecf4F50) & self) - (u'u' if 's' else i)), (not '\n') ^ (größe if 0O511527017156555405324 else '''t''')
r4 = ~0Xe9b3E3d03De2bEAD19bdBeEd5e21a - (async or 0.0000001 > '\n' <= '\n' >= 466366971584240663255648663234637863076 or not a)
r5 = {None or False or π for items in self for self in n & 35001.247903 for (await, név, a) in π & __x}[u'u' or 748531037., 0B011010100001011110010110011100101101111010 - print] / k(π | a, *b'b' >> .658309897, sep=a, **-464651.73582)
r6 = {+ (CamelCase + größe & (0o00201106603731547232 and print and c)): not (296199082.0) ** 's' if y.append else j[:][a]}.ŝ.left
r7 = z[:(r'\d' != key is größe is True) + ((0x3C490) >> 0X6a8e4ED6F9B571F1Add0bae481a2) & b'b'].next
r8 = (... and 'a' 'b' * True) | j + count >> c - "d"
await.x
r10 = (.5e+364 | n or a and 552284953.0 and key or r'\d') > (z ^ c) ** (not None) is (not 66j and 9.E343 >= items < 's' <= data and .664815427 ^ node)
r11 = (('\n' if obj else False) or (result if __x else value)) ^ (u'u' if len else value) << ('s' | count)
r12 = b.attr.real
r13 = ('''t''' and items and π) ** 7381572466074390120236709835
~(self & n & _ >> 0X6b8cc8702F7ca4E8C075b03f)
('a' 'b' ^ b) ** (not total)
r16 = count(end=((False or .948874902 or 's') and 0x9Cb2E3DDbbFc9409AEabfD7A5 ** n and snake_case_name) ^ (+0.01J | print % False), k=x.next)[(0O57544715475164)('é' ** ..., value, key=(0Xe) | key, default=~"d",)(15581246044, - total, *len | π, **k) + (größe if (CamelCase if 10000000000000000 else u'u') else j << 'é')::{(not '\n') << (not None): total(node or ... or _ for π in (lambda p0, p1, p2=None, *args, p3: r'\d'))}].value
r17 = ~ b'b'
r18 = a
r19 = key.left.attr << ((852122.535573) is n) ** (360j - u'u'), 864178.574531j and print >> név
r20 = 0X7cc9DBb694, ('é' not in node not in (393896076.0)) << (self or 0b11100000000001101011111101010001111101001101111011 or result)
[2.5e+381, snake_case_name or ..., (0000) and (10000000000000000000000000) and 000]()
r22 = a << items
await[result:False ** CamelCase:]
r24 = ((000 | 133494157.) ^ (π ^ j)) * (z << ((870j) or u'u')), ('\n' and r'\d' and 'a' 'b') | (0O42471201425117620442022 | items)
