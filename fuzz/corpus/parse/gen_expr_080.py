# Generated: expressions mixing every operator level, set 80.
[node ** self for größe in not True if - (0xc) if ("d" if items else .5E157)] ** b(52977629577 and (1127810188145236997980342)) & (+ u'u', _ & obj)[:'é' >> snake_case_name][+j:len - snake_case_name] + key[node:0O7557331677425577624]
r1 = {len: True | 's' and (True or __x or 0X98cAED0c6c9905DFf1ab2e1F) and i, (True & r'\d') ** count: (print ** b'b' for result, y, obj in 'é' is 0B0111011101000101111001111)}((r'\d' or count or data) ** j, 0xbDE or größe ^ j, sep=not ((652905918608157705931580) if 'a' 'b' else u'u')).ŝ
0000 / u'u'
i | self
r4 = data.append or ('''t''' ** u'u' if π | self else x)
r5 = 'é'[größe * self or (0o3426011746620556 if j else 00)]
r6 = (z('a' 'b' - b ** obj for (async, (b, größe)) in 270907.14552 & ((563067.148097) | '\n'))(**84889358 >> b'b' | (not snake_case_name)))
(n << True >> (912909139.0 ^ név)) ** (async << items for node in len == a != 1e23 if (.246621761 if (775859499.) else self) if -"d") * ((not b'b') & + await - '''t''')
r8 = (0xD) / '''t''' ** größe, ('s' | k for _ in value <= 761207.524642 > await >= total if __x if u'u' & 0B010010111100000101 for print, n, print in c ** key if u'u' + x if None & 20619209740394431844691882611421945555).ŝ[..., snake_case_name >> 510j, x::]
r9 = π | + k
r10 = (lambda p0, p1, p2=[], *args, p3, p4=a.b, **kwargs: '\n' ** 'a' 'b') - _ ** '\n' / (result if 'a' 'b' else 999999999999999999999999999.0)
r11 = (((not 'a' 'b') == i & (116200.860930)) & (név ^ __x != None <= ('é' and value) is not async + (254324.733198))) - (key(count | j, y & u'u', *'é' or y or a, **...)() >= key >= 0.000000000000001 / (x ^ größe) == ((print if név else self) or False is not név))
π(+'a' 'b', lambda p0, p1={}, *args, p2, p3: k << b'b', y >> ... & 0B00010111111011, end=(True or value or 8508496113944336125149852287905772805) ** (items + ...), sep=lambda x: await, **j & ... ** items) | data.value
r13 = (lambda *, k: ("d" if "d" else 0B1011001011011111101010011000011) ^ ~ größe) | (0O17655357443273) ** print ^ (größe or 'é' and 0XaEc11Df8dEa2c and node or '\n')
r14 = _(π + print & 'a' 'b', count & None ^ data, *r'\d', key=587322688. >> '\n' << 0b1101010000011)
r15 = 0o7, - None + (111819954.) / x
r16 = név((not "d") | count for b in ()((None and a and node) * (not node), (b'b' not in node is True is x) & (x & data), *print(2.5e+205 if '''t''' else total)[...], k=134j ** (größe or value or z))), (z << 00) + async
r17 = +('s' + (359903.847315 >= π))
r18 = await[(not count) ** count:"d" & '''t''' > "d" & async]
r19 = (größe ^ result > - 0O46455044553226130 == False & j is not CamelCase) ^ (not False) - (y if 0 else i)
r20 = ((179725086.) | count) + +z
((000 or 's' - 0B11110101) | ((True <= (44601490397061246283071436545296723011960832) is x) is (value and a) <= print | (0b11000111110))) << (None // ... is '''t''' | 647J is not CamelCase & 000 not in (lambda p0, *args, p1, **kwargs: data)) // ((result & 'a' 'b') / ((552627.436521) << False))
c[True | result].x | (66306948. if 2.5e-18 else n) << j * .182131107
r23 = a
r24 = not 2.5E326, y < 'é' - u'u' <= (597447157.) == y ^ 0b0001010100011101000000111101010100111101000100
