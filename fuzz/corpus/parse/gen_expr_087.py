# Generated: expressions mixing every operator level, set 87.
('''t''' * data for async in not 223119217896637296768055884360778024789 if 1e22 + __x if '''t''' ^ (.5e-265) for größe in 0b0101010 // __x if '''t''')[46854516.0 & count, "d" ^ __x, π ** x][807j // π]
r1 = b.append[(π | CamelCase) ** (0B010010000010110011110010 is not 00)] ** (['é', lambda p0: b'b'] + ('''t''' / None and (None and result) and not False)), len.attr.items
größe(0000 - self, "d" if async else True, 2208, sep=(.320902919) ** (0))[::(729613630.0) if 327994683. else 's']
r3 = data, (CamelCase is not key < "d") ** (a and 'a' 'b')
r4 = (y ** (0O3326061003011) | (név and 0000 and 'é')) + (+'''t''' or __x + _)
x & név
r6 = ()((.651214739 or '''t''') << "d" for z in ~ 284j not in (not y) in + value < (x or 401644.352917 or 10000000000000000000000))(*(y - snake_case_name) / (CamelCase & größe)), (data or len) << größe % '\n'
r7 = await
r8 = ('\n' & 0xceacb20) ** 0b0110010001100011001111001101001 is not (größe and CamelCase) | 0e+304 / key < n.value not in (((0XFA21CbFCbaB4AA10BD) or π or 'é') and b'b')
key
r10 = {x[1e+394:value][i ^ (0B100111010101111000011101010101011101110011110011000), + snake_case_name] or result | None | a ** 's' or k[...][..., None / u'u':value ^ c] for self in z // (obj - 936115.564074) or a.attr(key == 1E27J == b'b', j, (.32986633), key=..., end=not größe) or count('\n' and __x and 0b0010011110100010000010000001010)[::total].x if (+5e-324)[__x or 'é'](default=len | i) | (1000000000000000000 and 0XBF9b0D6A9Edf71Df970C2 and (0e73)) ** ~0b10100100110010100100}, obj << -len
r11 = (True and r'\d' and False) | (238059125.0) + None
"d" ** ... | 'é'
(937801274126723).x(*név <= größe == _ == False or (async or False), sep=(not result) ^ (await ^ print))
r14 = total.items, y(node)
r'\d' and π
+ x or ('s' if x else 000)
π(... >> ~ b'b', k=j ** 'é' * (642972.12821 & .401580496))
k(r'\d' & "d", not '''t''', *node ** True) & ((1e23) // snake_case_name != (a or név or 0b01111110110001111101000100010011011011001010110101100100010) not in ...) & (~(result if 0B1 else await) or {~y, ~0x22BFccAAe0cA8f3C, .148304205J | 000}.real.left)
(294063322.)
r20 = (π ^ r'\d') + (i or c)
r21 = ((6411402590373840967038835081479769984 | 'é') & (a ^ ...) and r'\d' >> (async or True or '''t''') and (000J ^ node if r'\d' else node + (323749608.0))) ** (obj(end=b'b' - result) if (... or key) + self / 000J else x(items ** 0e17, *0b00101100011111011 or __x or result, key=node | z).items[u'u', data])
+ (z or False or y)
r23 = j.next[n], not +self
(await / count and r'\d') / + (count >> .5E+276)
