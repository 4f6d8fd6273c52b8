# Generated: expressions mixing every operator level, set 14.
r0 = await(len >> b, +r'\d', end=not (0b000001100000111001100101011101100110111011101001100010011100001), default=+ r'\d') & 521j ^ (not node is data not in data) * ((not 0000) is not (result in data) == None ** u'u' > π + (0E-296j))
r1 = total ^ (b'b' | _ and __x & 0o2360666 and 'é' ^ obj), ('\n' if CamelCase else "d") if __x < print not in snake_case_name else n - 181721785.
result | 0b1101010110111100001111110011001001110000010
r3 = (len.x['a' 'b':lambda *, k: (782740.661646)] == k(00 and CamelCase and False, x, default=0O734261236057172263130 if data else z,) not in (result >> obj is (not 0X6b5df07a4943faf7CEEb8cdd7D93) not in y // 0x19bA2efb2db29cBbB161Dc4FEa) is not {'\n' for _, async in not 0x9B9EDB5BcB5E42ACbceF7Ba4E if (349960.445460J) if π + b'b' for név in x | 'a' 'b' if snake_case_name not in __x for k in r'\d' if key ** 0}.value, None[0O153341560042571 // len in (498256.751494 or key or n) == r'\d' % __x <= (0B00110000010111110110100100101110100) - 000, ..., 'a' 'b' - z].attr)
r4 = c(k=90j << j, reverse=__x == 'é' < result > b'b')[...] & (((.247084621) or False or 0O4034641770453554774) | r'\d')
név[+(False not in True == 1e22 < count, y + 3678856582)](().real({}(), (név | 393955108.) ** (k / r'\d'), items(__x ^ __x, not False), key=1e23 ** total - (async or _)), k[:'''t''':, :True or _ or _:items, k & "d":][b'b' and result and "d"] >> (CamelCase + CamelCase or k and snake_case_name))
r6 = (0XBafC8F00 + 0000) ** (True if total else c) is (not not total)
r7 = i(end=572735134037338862324479572 <= j < größe, key=data ** True, **CamelCase & (0O65611732254351726117631)), (0) >> (obj and n)
r8 = .5e+307 + '\n'
r9 = -key, 0XdDC39dEf7f45BACc2EF1088EEbAe % b'b' | 000 ^ data
r10 = ('a' 'b' ^ 887547900.) >> 2.5e26 or obj(b + key, k=~ 0E+132,) or (not result) ^ len
0O2717741047115060322 if (50288358937897081125177566181860935486) else count
r12 = n(y for x in '''t''' - 0O45517).left
r13 = 's' and 46966376873289177822662241632216 and len, not 976592.387664 if not False else CamelCase
r14 = ({not b'b', 'é' | data, not z}[None:'é' - async:, len ^ async::'''t''' and _][0XD16E42f5D5fd1 + data, k ^ key, 0b000011001000001011011110110100101110010 * result] for (node, result, c) in ("d" ^ value if 'a' 'b' >= 9.E112 in a else név <= größe < x >= (854838.94391)) if (_ and ... and True) << ('a' 'b' ^ 0XEF2DcA7CF) if größe - '\n' - (417415.677476) for n in ~result / (n ^ 25970.793855) if (0O7202710632706 or "d" or größe) + 294310.649431 // (554198.999785) for CamelCase, __x in 's' if ((9.E+54) == x != 0XA79 >= value) >> (not .223165005) if (0o376423734003361215))(snake_case_name(k="d" ** value,)[a:not b'b', n if False else print:] for CamelCase in (0XF7b16a935afa3FAd9f174Ec5) / await)[key:], (lambda **kwargs: 'a' 'b') ^ ~ 0O47501563120712440
r15 = ().next, lambda p0, *, p1: név - print
00 ^ 11692013098647223345629478661730264157247460343808 and 579913.774196 and 765732146.0 % False
r17 = {i(reverse=43646889904311, k=i or 'a' 'b')[:key:await].left}.value(not - False, self - 0000 or not '''t''', print.append), +'''t''' - ('a' 'b' >> größe)
r18 = lambda p0, p1=(): 'é'
642669273. ^ n
r20 = snake_case_name ** obj is CamelCase - ..., 0000 + (not .155552186)
__x(0 & u'u' ** 791112467.0).ŝ.append >> (größe << größe << ...) ** (0B10111111111100111011011100101101100011001000 * print or (_ or r'\d' or y) or 0o2020345406135 in 374j is not k < CamelCase)
r22 = 51903565448, 29887172080325475437093036647352066 ^ (None ^ 532529015047092186956806084919859)
r23 = (async & __x) ** True ** 0xFD ^ (0000 & 40751585418063098211886728651527365 or k ^ snake_case_name or größe | név)
r24 = ~((lambda p0=[], p1='s', p2=(): 0e-62) if not größe else _ & (größe | i)), snake_case_name ^ b
