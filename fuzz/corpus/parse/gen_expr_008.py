# Generated: expressions mixing every operator level, set 8.
r0 = (+größe // async or _ ** node == +(588893391444652040038807549291) not in a | u'u' or r'\d' - total >= b'b' == i) | ((i if 0B110110001100001001001000010100011000100011101100100110100000010010 else (0xebA76234cadcc)) * (None and ...) <= ((__x or 9.E+74) < (not b'b')) <= (i ^ 497j != _ | items >= (0b1011111100001011011001011001011010) ** y))
(node - 's' if a % 0B100010011000001011100011001000101001011001101001101010000111000101001 else 'a' 'b' | False) | (a << n) + value % self or {CamelCase[(0b101110010101101101100) & "d"]: snake_case_name or "d" in b, "d" ** key and (0o5260047510243525214461026) ^ value and +u'u': (y and await and 7411162274722514419020140) >= node / größe, CamelCase + ~ .451963465: (452363634069947459649274938361011107 if (0X2A43d3d8f07e4Da412DF6Ffa0AFf34) else 0B0010001001011000001000001010001001) or -969589.309008 or + r'\d'} or (n // False or node >> k or j << True) ^ (lambda: .117177439) % (0O1767141430257 | 000)
r2 = (74019293454670660829931 for await in result & result if async) & (value | obj is not 0O447410011454240426570500 <= print << key <= r'\d')
r3 = __x and z
r4 = (((r'\d' if '''t''' else r'\d') in None ^ x is not __x << snake_case_name) ^ (- total) ** c ** __x) & c
r5 = - (b * 0E+364) or ("d" | snake_case_name) >> ((420j) and "d" and total) if (j ** '''t''' or await or (lambda p0, *args, p1, p2, **kwargs: 689692.204030)) & ('a' 'b' & 0000,) else (items and (.5e-298) and 1E-252 % self) not in k(lambda *args: n, *'''t''', sep=größe ** '''t''') <= __x | ('a' 'b' <= self)
r6 = [(304007.25112) & 's' for y in not "d" if 0o3152374143456022202 | (748045.926841) if b'b' << __x] >= (név ^ ...) - (név or r'\d' or 's') is (not π if ~ __x else True & False), b * n << (.5E-216 | b)
r7 = ((n or 0O167761021177275572 or snake_case_name) ^ (j and a))(len - total and 's' in 'é' and '''t''', (lambda *args, p0, **kwargs: 0XE1739b4381fCD282Af94) ** (u'u' * result), not név, default=(n if név else 2.5e+87j) ^ 'a' 'b' & (00))[...]
r8 = név[(... | név) * ('\n' | None):data or "d" or c if result & value else snake_case_name ** 'é'][:] - (lambda x, y=1: node), (π ^ False) & (not c)
r9 = [CamelCase((1E247)), (CamelCase if π else 0E-78) & (data < '\n')][async[k ** ...:node:x & 0B00011000011101110110001000110011101100101000111101110010101010,]], total * ('''t''' ^ 0)
r10 = False ** '\n' or not obj
not (lambda *args, p0=(1, 2), p1, **kwargs: b'b' or print)
r12 = ((c ^ key) / key, y ** ("d" is __x in '''t'''))[lambda: result][{}[j or None,]]
r13 = data << 10000000000000000000, not '''t''' + z
(0b0101010110100101011000110101111 % r'\d' or False * x or 0Xd3e91 and c and ...) ^ b[größe ** 0o113140]
snake_case_name ^ 9.e+219 | (not b'b')
False | snake_case_name
r17 = (0o66705131327505) <= 'é' != 4611686018427387904 >= True
r18 = async // ('é' << 12519696209049) ^ - b'b' - a ** r'\d' and ~ (not key << '''t''') and i.value[not ~0b111001110100001001011001111110000101011011]
r19 = (not None)(k=155031324.0).left | (lambda: snake_case_name) ^ ~ (0o64077)
r20 = név(lambda: 0o432673, sep=37778931862957161709568 / név, k=b'b' or i) / - (0b110110101011001010 and x) & (-z + (9.e144 and 0O2135172) | i(696153.537506 ^ obj, *lambda: 103713987., reverse=__x // data, default=value > snake_case_name is key, **y % a))
r21 = async >> 609667.298400, not ~_
data is ...
r23 = (((async & True) - '''t''') ** 's') ** ((self & _ if obj ** ... else 8731017837416186289691526525480700381) and not _ | 0o60505 and j.items(*False is not 'é' > i != None, end=y and async, key=__x & CamelCase))
r24 = - total.next('s' and async, .5e+321 & True, -größe, *b'b') ** ('''t''' & i or 00 << .5e-60 or 0b111100110001011011110110000000011000101110001100011), 0o0365 or count or async and (.5E41)
