# Generated: expressions mixing every operator level, set 41.
r0 = (.531534282 for result, z, result in _ for (c, value) in (0X5AEE99DA) < 'a' 'b' is obj in 0 for snake_case_name in not value).next(lambda: j, *+'é', sep=not count), '\n' | items and (node or items or (590382.791013))
r1 = not True ** c ** node | (CamelCase ** k) ** (CamelCase << '''t'''), 0.00000000000000000001 in u'u' or (print or y or __x)
r2 = 's'['\n' ^ z:n ^ key].x
r3 = obj & (not self), π().left
r4 = (80112668J) if self else __x, (1E-213 or j or len) | (r'\d' and u'u' and '''t''')
r5 = i(27706294810038 % obj / (not (0b000111011011110101001000101001000101100111101111111100001001010101)), (lambda p0, p1=lambda: 0,: obj) | (not await), end=(... << 0O0356440) // (not 0x51a61c63), **lambda: u'u' | b)[False.attr(lambda *, k: 'a' 'b' for π, π, total in n & key)] & (_ - (y << True) | count >> CamelCase << (len & print))
r6 = ((not 00) & (lambda: 0000)) + (r'\d' & 248736.944357) ** (not False)
r7 = c, [(0xFa9Ed99bc3B9f14DFf03ECc) if 168339306.0 else i, - größe]
r8 = - 000 | (0O5 and .603122657) and -k and async(k=b'b' > r'\d' is not result, default=data if b'b' else (43356259982400147172959064)).next(*- async), ('\n' | r'\d') * (result | True)
r9 = CamelCase, (k ^ 0.000000000000001) - (k or "d" or größe)
r10 = 'a' 'b' | 1e+140
r11 = [CamelCase >> c for total in .5e90 & név for z in not data for __x, b, CamelCase in 928558037229782537056249724](not π, reverse=.5E-238 ** (999999999999999999999999999.0)) << _(j ^ ..., i | '''t''', +async, *2.5E179, k=key + result)[not total](k=0xAbAc9EBF9FDE03e77deB, end=0e351 >> 0o53) | ~ ((639j) & 994j | (total and '\n')), - ~c
r12 = True | True and True + '\n' and result
r13 = 19164923 or 747872.149086
r14 = .804000533 << (not név)
+(0o245132244252413364513)
r16 = 595840873.0 ^ 5985486561920926227744956990217602 & b'b', (value ** név) ** (count << u'u')
not (not ...) & (count ^ (469j))
(y or y or 876857208.0) ^ 0.0000000000000001 << y
data & None
r20 = (+ '''t''')[n:node << 2.2250738585072014e-308:items or False or x]
r21 = ~node({j: 581957050. for snake_case_name in items == r'\d' <= π}.real.items for größe in (not count) >> (CamelCase == "d"))[data(total for (print, items) in 'é')::a[~'\n':]]
r22 = i(end=+ 'a' 'b').append
r23 = (+k if 0b101101001111100011010001101111100100110110100010001011001 < 0X844d6553BEbF45Bd90D285C855Ea4 in self else key // key) >> ('''t''' | result or '\n' <= '\n' >= név or a), items * 275106277.0 + z ** 665713.374000
r24 = +-result
