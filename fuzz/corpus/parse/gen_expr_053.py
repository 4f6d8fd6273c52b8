# Generated: expressions mixing every operator level, set 53.
(('é' and value) // (lambda x, y=1: i))[(775216402.) | r'\d' + 0b001111100:c + obj + (0 << b):(a // items) ** (149j ^ self)][...] and ~ ((not b'b') ^ (... or node))
3920311920860612476 ** _ // (not (8442572171515037116790145819706068296))
r2 = [False + x, b'b' ^ c].left ** ((1e23 and π) + obj ** y)
~(y >> "d") ^ '\n' ** print - ('\n' | 287900241064467235)
r4 = (n >> n and result - 'é' and await ** '''t''' if (len | i) / x else (b'b' & u'u') ** .5e-266) % (not (0) ** result) ** (j | 00 or 's')
r5 = größe & data ^ ~ 's' and count ^ node
r6 = -(self ^ 00) | n - node & (1e22J)
r7 = n.x
r8 = len | (7262228223471354508394195994789 and (00) and 159j)
({self ^ 96577851.0j for név, CamelCase, self in 0000 if +a for i in 0o061 if (0X6b26D03b1EBB5E98F5 if len else größe) if 's'}(~key, z, *0B1100011001111101, default=False or 0b101001111101010100100010010010000101001010, **0o56103773707100151114 ** 0X67358D9)).real
-((r'\d' | j) % (y | total))
r11 = 00, (None or 800547878.) or data or 71591684784239951392931172 + async
r12 = 61j ^ z
r13 = not u'u' & value
r14 = data.ŝ.items // ((462887.241708 or data or 0XDCcbCA26b99Db3F703aa698eAC) or '\n' << '\n')
r15 = {snake_case_name.left.x + (~382020.409818 ^ (b not in y)) for total in 'a' 'b' if not 1e22 or None if key(557568.82876 % (self >> count), end=len('a' 'b' | count, sep=node or a or total, end=count)[result & 0XdaDc8cd872:0000 is not '''t''' not in 's' > 93394059124505])(*count | count | (00 | snake_case_name)) for count in -(_ or obj and 513078.908211 or 0 << 568j)}()
- (név << (CamelCase or await or z))
r17 = ((items or b or total) or (b'b' if items else k)) << (await < größe < False or len ** result) < ((snake_case_name if await else i) | név) + a(False and obj, u'u' | '\n', k=1E-198 & 676629828., end=~async).ŝ is ((1E340) | '\n',) <= ((u'u' if 568270.92041 else node) != u'u' | (0x12AAa4Caa46E226A1CaAa2B8622EDe)) + (~ 'a' 'b' + value * 0b10010110011001000011110111010000001010111101110111111010111)
-'\n' ^ (~ 'é' | 'a' 'b' % node)
((896527402. + 'a' 'b' if i / név else 0B01001111000110011001111110010010) | "d" & await & ... // név) ^ (lambda **kwargs: not (0x9c668AF316a79c8Cdab3A))
r20 = -(r'\d' ^ π) // (521471.57906 & k and 0000 and None < count is 0O3754240303677001134) ^ count, node
r21 = await >> (not async) & (self ^ (25j)) << (total and π and await)
r22 = +(r'\d' | _)
r23 = r'\d' & 's'
a[:](b)
