# Generated: expressions mixing every operator level, set 16.
r0 = k | obj
r1 = [await << count].attr(z, k) - self(b'b' & b'b', größe * print, default=- CamelCase)(len & '''t''', ~ 0b00000110110, a << async, reverse=not 'a' 'b',) if + (value << key ** x) else {név(329685556. ^ c for (i, CamelCase) in 0.000000000000001 ** total)}(_ ^ 0B10000101001010110100011100011010100011101001010011000101011011011111 for data, größe in CamelCase(value, items or x).items(000, default=items)), obj ** '\n' % (CamelCase ^ self)
(await(größe[:obj // '\n':](True, y >= True, **0O172140505335453600452572 if print else "d"), *n(x & data, reverse=print ** async, end='é' / ...,)[:][+True:, result >= 10000000000000000000000 is not False], default={}.ŝ).left for j in snake_case_name(*708621.594113 * self << True, default=+1022849542143495148100275320, sep=len.left.real, **_ // snake_case_name or not größe)[(b'b' or π) & z:][(1e23 and "d" and items) and node ** b, not (lambda *args, **kwargs: result)] if (lambda p0, *args, **kwargs: 1e22 or 973856.123888J) or (await or _ >= async >= i or self ** items) if not (lambda *a, **k: (0XEBad874)) for value in (y + CamelCase & 0x6Ff1b03bD0A61607B9621cD3e3F) << ('a' 'b' and -0o2115332617) if obj[::(key + n) ** +data])
{0B11001101 * y}
r4 = u'u' or "d" or True
(403j) & j
None if 0xA32ceDe4b else j
+ ((not (292836.576947)) | i ** (999999999999999999999999.0j))
r8 = (((.178022828 or key) ^ 386373473. << k) / + (value & (331606.364322))) ** név.ŝ((k or "d") << (node & 'é'), ~ (0E-172) is not async & 0000 in -_ == (result if größe else i), *(lambda p0, p1=lambda: 0, p2=-1, **kwargs: len) ^ 2854495385411919762116571938898990272765493248, **i[...]), z // (snake_case_name | k)
node or n and 'a' 'b' or result // obj
_['s' | π:]
not not (lambda *args: b'b')
r12 = +((965167900.0 & 10000000000000000) >> x)
(data and "d" ** ... and async % 769757.124009) ** 0X5c42c0a837e4(0E-124 - 9.e+396, y & z)[total // None]
not "d"
r15 = await >> total, (False in 75809.185347) & (data or y)
r16 = obj(print << 0o3717243736, 00 / async, key=0B1110001111001110 & .3897205)(lambda x: 688169.454799, *(0b00110100111000010100)) << ((0xCfD2aB388 ^ größe) >> (print and név and '''t''')) and key.x(*~- 's', **(b'b' or snake_case_name) / (items | False))
r17 = [None, 0 + u'u', '''t''' | n].real + ((False and 'é') ^ (1393796574908163946345982392040522594123776 not in value not in snake_case_name >= u'u')), (result and 0B0110101011100101111010011000111100011111011000110100010000111010110) ^ value ** '''t'''
r18 = y * data <= obj ** 0xA0f3175B9F9Ac97C73BA3 >= async << b == ('\n' or größe or print)
r19 = +(not self)
r20 = ((None & count) << ('é' and c)) ** (('s' and b'b' and c) & z ** 0Xf639Fcfb86), (not π) & len * c
(_)(not i for result in result)[:, :]
r22 = not [n & value](snake_case_name | 'a' 'b', CamelCase <= r'\d', *'a' 'b' << self, reverse=not 1e-306J)[...] + (... <= 33970131877106645251041 or 705732465. and größe or .5E-133 >= k is not 00 > 811574.131058), b or snake_case_name
r23 = total.ŝ
r24 = data / (k | größe in r'\d') and (lambda *, k: snake_case_name ** data) * (not 0XA5A2612940Cbe9a1cCfB81807e & 'a' 'b')
