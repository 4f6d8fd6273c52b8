# Generated: expressions mixing every operator level, set 85.
r0 = not False
r1 = {n - async | a + b'b' | key & b'b'}[:[0O7417336 - CamelCase <= (not z) >= result | 837076.779992 for key in [items ** total].next(value and 's' and 366835605., data | 00, lambda *a, **k: items, *not ..., end=größe ** (99999999999999999999.0)) if not snake_case_name | CamelCase if (x and u'u' if 's' else __x) for data in ('\n' ^ (0xe3)) >> value + "d" if größe ^ (obj >= total) if (a or (.555809576)) ^ 'a' 'b' * None][:CamelCase + z ^ (await or '''t''' or snake_case_name):]:,](c(*c ** (lambda *, k: obj))[c ** (c | key)::((712j) ^ data) << - await, {24802135270009 + 's', __x / total, lambda *, k: y}] for (async, a) in x.append), (größe or 0x2D4C3b5Af212 or None) | (821336.740265 and 4679565016128498 and π)
r2 = key << (a << 0Xace) | (CamelCase or 5e-324 % "d" or u'u' ** ...), (lambda p0=1, p1=None, **kwargs: b) ** 0000
r3 = y ^ (0000 ^ _ ^ False % (0b101001011011100101))
("d" | z) & items
r5 = '''t'''
r6 = (True & items), név ^ b'b' != result & y == snake_case_name & key < b & data
r7 = (x is z >= data) & "d"
items ** self ^ größe
r9 = π.attr ^ ((b'b' if 'é' else await) or j & 0b010101001110110001000000010011110111)
r10 = "d" - False - b ** 0000, (False and név) | (0e+359 > n != 0O30136405577)
(0o61131445010567 ^ 'é') ** ~ __x
r12 = - (i & 0X6bD265FF9fF58E5a71a == data | c)
r13 = z((931970997.0) ** "d", async + 'a' 'b', reverse=y and 0o334)[0x5bC606C - (3239425257145297):~True:items + x] if (lambda p0, p1=lambda: 0: (0X20e047769a7De1e) > None <= True) else ('''t''' if __x else async) | n & 0.00000000001
count in u'u' is not j or snake_case_name ^ 's' or 's' + b
r15 = ((u'u' and '\n') and π < 's' < True and j) / i[True ** k][not (9.E+172)]
r16 = "d" and k, obj.items.left
r17 = (12478103727713532554018 | "d") >> ((754j) and 0O1134735504766243016524470 and len) | (799013.771187 if items else a) ^ ... - 'é'
c & "d" and 'é' + key and (... if 'é' else print)
('é' and b and obj) % True
r20 = self
not (not (obj if 918784633.0 else print) if await >> count and (13362120370479499272600131228348681597 or (0O2120266241003)) and 0o4364 & 0b0000011000010100010000111111010111000010111011010000110110101100100000 else {- k: CamelCase - False, False and a and '\n': key, név & items: snake_case_name}(959502.714609 < 864852.123026 in CamelCase, - 00, False % 's', default=True and await)("d" and b'b' and 0b1101110011111000010001110111110011001000, count << 0X700516D7dcC1213a67cb445aA9, *c, **'a' 'b' + b'b'))
r22 = (2.5e99 << (value or total or .429139710)) - ((not b) & (j ^ obj)) - ((y if n else 0O2) | (j if False else z) | (0E+376 is snake_case_name != a == r'\d' if größe else 'é' ^ total))
r23 = (print | __x,)('\n' - 0o277757456527771 for _ in (134j if (3697987000651344471287) else 177669828601)).ŝ + ((lambda x: b'b') or größe | 635291829. or 'a' 'b' and '\n' and False), b'b' and 0b01101001000101011110 and count & __x
r24 = i
