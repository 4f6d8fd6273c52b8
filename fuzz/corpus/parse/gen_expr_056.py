# Generated: expressions mixing every operator level, set 56.
r0 = total(sep=r'\d' + print ^ '\n', k=not not b).value, +név or self is not True >= total != items or i << z
r1 = (2.5e-392 and y) > key ** 277773.376253J == ((140514232.) or _)
lambda *a, **k: 1000000000000000000000000J
{}[z - node] and (2157863298686689057151981423713134497 is not 0E+46J) - async / snake_case_name and (lambda x, y=1: print ** obj)
~count ^ ('''t''' < value is not c >= data) & 391245.10414 << π
r5 = u'u' < b'b'
(~await and c) ** (not ... ^ 7319735888154020208236093) | (not items(await and snake_case_name, CamelCase | result, key=b'b' or a)[count & u'u':'s' ^ b'b':größe ^ (71244976072267637809196)].left)
r7 = név.real ^ i(*total | a, sep=print << 0O05110763, key=not 0000).ŝ.next
r8 = lambda *a, **k: név
value
r10 = items and 0B011011010001110110111101100000100111011010100110010101101110011101 or not print, (items != len is not 000 in 140j) | None + 2.5E31
r11 = (c << 2.2250738585072014e-308 | größe) & ((π if print else self) and a // 's' and -(1E+392)) ^ (i if __x(0o3462611164141727254762676 ^ 0B1100010, sep=größe)(end=obj ** 's') else - 0O352446501226067737 ^ (a or π or _))
0b11110101000110101110110110011100011000111001100010011 or self or név
r13 = ([k << items for count in items | 2.5E+282] and (x or CamelCase) ^ (data and items)) % (items(default="d", k=0E-386 in '\n') and - ('a' 'b' ^ név) and (not __x) >> ((0b1110101011000100011011001101001) if u'u' else (326415320.0)))
r14 = n(end=None ** 702263598.0)(*_)(end=größe | CamelCase, default=x | (224198177120752170724322025))
r15 = n ^ r'\d'
print(00 ** 493, ~ obj, 0X7ed71A & r'\d')[:b | 0o334370560204554730414134](0 - 0O5036427000, default=z) & (lambda p0, p1, *args, **kwargs: 327554.649397)
r17 = snake_case_name ** async
r18 = ... ^ len, ('s' or total or b) | 's' ^ "d"
0O2522 & 961876411.0
größe >> True
r21 = not False | 0o3346461214, items + (152j or 451j or 00)
r22 = {}, + 000 * True ** 498141494.
r23 = data(snake_case_name or "d", end='s', key=b'b',).ŝ and ((b'b' and '''t''' and x) and ~ y)
r24 = {0000 >> result: b for (obj, b) in a if z - 0B101111001001111001111100001000110011111011111111001001000000101011 if 0o101561417760140 for obj in c ^ "d" if b'b'}[~None, n ** print, 'a' 'b' ** ...:] >> ((0o20003472020061 or result or "d") | ('a' 'b' if "d" else ...))
