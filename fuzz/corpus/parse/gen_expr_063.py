# Generated: expressions mixing every operator level, set 63.
not (lambda: (név if self else (.162704407)) % 147j)
r'\d' - '''t'''
r2 = not - ((5 or r'\d') or név >> (485786.746547) or r'\d' & x)
z
(c() if items * y - False else (not key) >> (1E-263) + '\n') ^ (- await << (z < n is not 164332.580904 is not 000) and (442017.156169) << snake_case_name & '''t''' and ... - 0B011110000)
CamelCase in 's' is a
r6 = u'u'
r7 = total(total('é' not in 0xD5AE0F21a70c27e07aA in '\n' if r'\d' & 769962041874827679692517437332584058J else CamelCase is None == .380487618j <= CamelCase, 332553727. if ... << '''t''' else 0XD7E2Abb77A7AEEd2BcAacbABacB4)(async(x, async | len, 0 | 6129982163463555433433388108601236734474956488734408704, sep=not (2.2250738585072014e-308))), {(obj or π) | (_ >= 0X4f8DD629B58acE4a > größe is 0xF74EeEBeBe0486DaBF7) for y in (0.000000000000000000001 and (9.E-292) and CamelCase) >> node ** 's' if (n or count) or 'a' 'b' % "d"}.items, k={0X4C8 and 's' and ...: 9999999999999999999999999.0 for π in (total if items else '\n') if - k for CamelCase in 0B000101011111011101010110010001101111111100011111100011001110110101 ^ data if async if self ** "d"} & (not 218132.900935 & 00))((41538374868278621028243970633760768 >> i and 41433886559936521862786997558196736771 ** data) << ((node is 'a' 'b') >> (u'u' if 7 else False)),).real
r8 = (c + i for (data, z, node, self) in n).left // {'s' - 1e-312J}[False << data:'é', 0x742094dD00Be54376282Be63D1D is not u'u' in a, größe ** total:0b00001010101001010011100101 or '''t''':0XAA65ecFeBabaEe | (651117167.)], len ^ print
not len | "d" | (882520.190501) & größe
r10 = False and async >> k
π - _
r12 = (- i) ** {.621797853, (2.5E-214) or 0, k or ...}.attr
CamelCase // (0.000001 << value) or False & result & (self and CamelCase and 'a' 'b')
r14 = await
r15 = async[:self((6549484281182275083069) ** obj, 1e22j or 0XC73B357FA3d9, total or __x, reverse=total)(~async, not 974493964, key=0o1003217164550374343126).x:]
r16 = (... == "d") | (0X68a98ca5BD82B1DfE1465 | r'\d')
_.real[{}[(not _) / .282477268].items, not n // (0000 | ...)]
value(0o664011016025, sep=snake_case_name if _ else k, k=async or c or 'é') != obj << .5E-389 & (9999999999999999999999999.0 | async) is c - 0O26 ** result not in +(0000 + n)
count - 's' | (99999999999999999999999999999.0 < b)
r20 = 0O6(reverse={}(0000 * items, n, ~245202.640624), **(node | total) & (lambda **kwargs: 52889420166725166))
(value ^ (count and key)) >> "d" / (key ^ print) if +(((13190.472192) or 0o1) % False) else + (~a ^ 340282366920938463463374607431768211456)
r22 = - z, r'\d' | True and (0o0326 and None) and a ^ print
r23 = None ** (0XF342Ee63FBc25bD74B540C32705fc) << k ** y
~len
