# Generated: expressions mixing every operator level, set 0.
r0 = snake_case_name.next >> (2475880078570760549798248448 ^ total) ^ (lambda x: - 00 << items ** 668j), 0o541547 and -CamelCase
r1 = key ** 0O6165770625262500516
r2 = +(0b1000000 - (000))
r3 = b.value[0J << node:, :k + 0B01011011011101100001010011010011000100111010010000010011000101]
r4 = + __x
r5 = ('''t''' or 'a' 'b') != x >> c
(1E+381 & 's') ** (CamelCase or await or False)
-(0B10011100000000001001101100 ^ True) ^ (a ** obj | 9.E-104)
r8 = not név, 'a' 'b' | 'é' and 43 in 'é' != False is not u'u'
r9 = (not (182789.982943 ** 0B00001100010110001001100001110010011111010101000000001111100101100011) ** (y >> total)) - key((True and i) ^ (len and key) for (größe, (items, CamelCase)) in (lambda: π if (988265.154926) else __x)).left((2.5E178 | count) >> .5E-66 / 472183.431504, n((0o63612450026521777354) & True, 468411063930664855738 & 0o650205454175030504, reverse=await if value else i, end=1E-395, **0O63554542516025334226332 and __x and result), reverse=~obj or k >> None or b'b' >> True, key=(snake_case_name >> None) + (CamelCase << 0b00001111101101110), **n.next)
r10 = __x((j ^ result) ** (7426 - node) * (self ^ b | (.5e204) << None), ("d" & z) % (len ^ .5e+105), -((async in 'a' 'b' == z) == u'u' ^ "d" <= (832014.233762 > False == '\n')), *(n and 'é') & 0.0000000000000000001 ** k ^ (not snake_case_name))
r11 = +(CamelCase and (k if count else items)) & +((n != (0b10000111110001010011000101011111) not in (371835.766311)) & (000 and key and 's'))
r12 = '\n' if r'\d' else 1e23, lambda p0, **kwargs: len
r13 = '\n'
[](b'b' | node, sep=0o26473430066041416 & await) * (0x5 & (CamelCase & n))
r15 = größe & (994j & j) >= (node not in - b <= x in (key and "d" and n)) in (lambda p0=(1, 2), **kwargs: i) % (453172837. % '\n')
r16 = 0 / '\n' // (n + b'b') - (1e22 > (0xecF818EdEAE1fC7C04EA06b if len else 'é'))
(+ b)(474j and '\n', r'\d' | 0XEc0410, *999999999999999999999999999999.0 // (1607117829118208506204684436874047892), end=0B1110010100100 - '''t''') + (async | 1E+158) ** (704502.773655 * 'é') << ((lambda *a, **k: (0O4) << k) and data(end=808223.629151 - 'é', key=items)(not '''t''', (0B00011010100100100000100001110111010111110010001101011111110011011) ** CamelCase, default=result ^ b).value)
x ^ 'é'
r19 = +((c ** obj | k << False) & n(y ** größe, ~66732019896015953374733615712040529718, sep=0o7167523044627256300721, default=n << 0B00111110111100100111010111100111000011110011010101100101100100011100))
r20 = ()(*count(sep=... / 'a' 'b', end=None or key, **~ z))
- {result - value, result}
obj & {j: node / ..., név if count else data: (0b101000110110101101110000000011110) if größe else "d", '''t''': 's'}[u'u' | total:None][await - total:000 or j or u'u':] >> z(686395.755919 and b and i, π // (45785841387263135), end=key // 0b11000,).real
r23 = obj >> 0o344061423365252761500607 ^ key & (0b00110110000001101100100110010100010101011000011010000)
((152611307407487341564497485485284195920 is not key >= 99999999999999999.0) <= ... <= None <= ('\n' is 83138 == (489j))) >> (+ név or - (783333698301257939629) or b ** "d")
