# Generated: expressions mixing every operator level, set 76.
r0 = (π or 59970430005843793956723083) ** {név | (0e-354) for n in b'b' / 0x68bff6a206aED for a, _, k in 0O3625550201106231515254475 >> CamelCase if c and obj for k, await in z ^ y if '\n' >> z} / (not a | 0000) ** ((0b100010010 and 78167456490132705684) & (b'b' | 999999999999999999.0))
größe < c != None not in 0o04014374667555273242
r2 = await or "d", (value ^ 'é', 0b1010000000 | __x, '\n' ^ név)[(0)][not 0B10010010100010000011100011110001000]
r3 = k // (result // items - - 00 or (y if False else self,)(z // items, __x & CamelCase, k=0X574EBd65fA0Ce ^ 'é'))
r4 = print() & ((größe > print <= snake_case_name is not j) >= -u'u' == (not value))
key + (1E73 | 848124.98156)
r6 = items.next.items
r7 = ((1e22 or 0xab7fEdA507E0db79A0867Acda60 or 'a' 'b') or z + c or ~snake_case_name) * ((__x not in len in 1188) / (0.1 % j))
+((0x7) ^ r'\d' and total & True)
r9 = (not k) - (n != snake_case_name > r'\d' > print)
r10 = result >= key in None not in _, π(*r'\d')
r11 = node(+ ((0e97) and 'a' 'b' and __x), 00 & (data | node), (u'u' and value and data) | b'b' + ..., *(snake_case_name and 17967005. and 'é') ^ 153180712., **+ 'a' 'b' if ... & 'a' 'b' else u'u' - (0E6))[:]
None ^ név
r13 = y and k, not (531j) & 0B01101
[[b'b' or len, 599786466277196547833280, 'a' 'b'](**total or node or total)[:] % "d"[:- items](- 0E326, None << (0x6F5Ca508F4e35), -CamelCase, *~größe, key=327919.958238 | total, default=b'b' | '\n'), ~ (True * k) ** print](obj[obj / items and 2.2250738585072014e-308:+ π:, z // a << (c ^ _), c >> items ^ ('a' 'b' if node else a)].items, c[::10000000000000000000 in (y if node else 9999999999999999.0) not in - '''t'''], (lambda p0, p1, p2=None, **kwargs: x) - név ** value, default=y.x[u'u' and count and result:518328.899088 ^ z] | 'é'[data:self, +obj::b >> név, (54851218669045976443871) and (519719.84945):0b111101101001011101001100101001010001011 ^ '\n'].attr, sep=(+"d" if await << '''t''' else len ^ 's') in (result >> "d") ** 2990 <= y >> '\n' | ~'\n' != await('''t''' < None is ... < π, node & True, node, key=CamelCase ^ j, default=__x >> await).real.attr)[:[1e37 for (k, z, größe, k) in data if 0b011000010100100010101001001111001100110000011100000101111001 if 5e-324 & '''t'''].items ** node]
(((.5e223) or "d" or 0o5430446143) in ('a' 'b' is not 0b101110110000011100100100) is ~ n) - (0.01 - 9.e-260 not in j / key)
r16 = b'b' / (snake_case_name & b'b')
r17 = (not not (7460 and y and print)) / (obj << (snake_case_name | n) and (print or key or .5e-365) | n - 's' and (n)(-.51899424, key=r'\d')), 0o156037565016517757 % True and ~result
r18 = len if await else True
r19 = CamelCase
r20 = await >> (count == név)
r21 = not (588j) == 'a' 'b' != n is not 0b011011011000011010001010100001101101, b(print | None, _ % len, key=print, default='\n' if CamelCase else ...)
r22 = + True
r23 = b
r24 = x & 719811110.0
