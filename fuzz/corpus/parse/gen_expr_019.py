# Generated: expressions mixing every operator level, set 19.
j(k.x.items, +.5e107, 0o33436676 >> név >> (not 0XfBA486bEc61a1b3a40DCba))[:count.real(not items, z if 0xF5fCBE63cd else len, "d" or r'\d', *snake_case_name * 0o734, k='''t''' ^ j)]
r1 = key.ŝ.x, i(__x | 'é' for z in j or ...)[await, 492675.98615, obj if 'é' else x].left
r2 = not ~b'b'
r3 = ('a' 'b' and __x - (0B1001111101100110010001110001100 | 656835963.) and {not await: not π for z in count or r'\d' or self if count & 891798.938544}(c | 's', *items or z, k=1e23 ^ a, end=items and print and snake_case_name)) | (self ^ k if 0xAf3bddd505dD7d543 else "d" ** név) << (True and result and r'\d' or count or "d" + count)
{((00 or snake_case_name) ^ 0B10100010101111000) >> (__x >> (2.5E+66) | b ^ 's'): z, (not self) ** a(result, reverse='s'): not __x << '\n' and név ** 677j <= (r'\d' and value and größe) and not 0E+102 | "d", items: z ** obj ** u'u' | (154j % 0E65) ** (total - True)}
r5 = await.value
401035740251 ** 31101373504 if ... and data and count else z | n
r7 = u'u'
r8 = _
r9 = (snake_case_name | j) + (u'u' and '''t''')
self
r11 = (not (.5e-237)) * (await and total)
r12 = [self.items, items]
r13 = obj
r14 = (k << ...) ** ((0XD66eC7 if 592068.69978J else x) ^ None - snake_case_name)
(lambda *a, **k: -(9444732965739290427392)) ** ('\n' & .5e+243)
result([].ŝ, k=(0e0 - 101j for z in (len or n) >> (x or key) for self in (not CamelCase) << 0O4420164357424725 if (lambda x: a) ^ obj)[key / snake_case_name ^ k ** result], reverse=z.attr, **(not async & y) >> ((key not in async) & ~u'u')).value
r17 = k if größe else "d"
((not _) & None ** print and (False if a else 0B101110111111) + k // '\n' and (u'u' if total else '\n') ^ (j ^ c)) | a[::, total.value:]
r19 = (größe > result) | (not 's')
r20 = 0XBd4F1C41cd(*- ((not '\n') << (a | 9.e-397)), k=+ (not 'é' | True), **((32878177623376809275381940 or async or n) not in 0b0000100 ^ items is not ...) - (key - i - +0b0000010101001110100010110110010010100100011001101110111011111))
r21 = (value * (5e-324) << (26880.370842 and y and 9.E+332)) ** value(await ^ ..., key='s' ** π, end=n) or (not név) - '''t''' ** '''t''' & count(+ True, u'u' ^ 51j, ~ 0b00011010011100110010111111110111110111001, k=(248752388.0) < 000, **(61649162019443212))[0O561177471265732 >> print]
(π << 312460095440790840012900819609183531 & (2.5e56 and None) & (value ^ True or '''t''' in self)) + (('s' or CamelCase if ~ 00 else total >> x) << (len is (5e-324) if obj else 's'))
r23 = (0b110001011110100001010100100 if 485920.292914 else self) >> (not b) & +value ** π
r24 = {~ async - (not 's'), not ~ größe}[(.271998289) & k].ŝ
