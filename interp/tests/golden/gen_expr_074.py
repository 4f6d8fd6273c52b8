# Generated: expressions mixing every operator level, set 74.
r0 = (b'b' | False not in (0o270615002775032701550371) % '\n') ** ((0) << 5e-324) ** (k * 0x2772609BFE913899bAbb6C0bfd57)
r1 = result.attr(count, .882839272 ^ 11150372599265311570767859136324180752990208, sep=snake_case_name != b,) >> (... >> 'é' and (0.000000001 or i or CamelCase) and _ - r'\d')
r2 = count[:data > True // snake_case_name <= c] >> ([not _ for __x in r'\d' | y for π in z or snake_case_name for (obj, count) in j & k if ... + b'b'](~True, data if async else async,) ^ (('s' if print else print) or (... if "d" else z) or _ << True)), (b << π) / (False and 0o44613014446623417753 and größe)
r3 = 'a' 'b' ^ (not 'é') or None - _ / a or ~ __x / (not 0)
r4 = ((result >> (π | b)) + (1E106 + (not r'\d'))) / ((00 or 0xd4CcCca85a323).left >> (i != größe) - u'u')
None << count
r6 = total or größe, snake_case_name.next
print((items != node is ...) ^ '\n' // b, (snake_case_name & count) % (lambda p0: 0o30671311610), lambda: 0Xee28fe9C56Bb9B % 'a' 'b', k=len or név in "d" or print * self, sep=len[(273393724259016669149994941741) or 's']).ŝ
-'\n'
r9 = 0X6D7cc ** items and + 710678134.0 and (_ if b'b' else data)
's' & node
r11 = '\n'(sep=snake_case_name, **len and True and (9.E-180))[...] or (result << n) // (.293004457 ^ '\n'), True / (b'b' | i)
("d" | x or j + 150889.245152 or ~self) ^ (lambda p0, p1=1, *, p2=(), p3: 0xCe1F1E63fA4FEC) << b
(0B111100001011100110101111000101011010000011111000110010010 - True) // (count & x) ^ _(lambda p0, p1, p2=(), *args, p3=[], p4: None, .5e-36 == obj, 0X8DDB844CC4fFC74bFc1EeFE3A58 or (530j) or x, end=(0B10110000100011111000010110110110110010011101001111100000) and x and "d", key=self)[:not 0B1010000111011001010010110101010000111100010100111001011]
r14 = not y ** r'\d' or 0x11aB5c5f ^ None ** count
value + 2.5E257 if 406531693. else lambda x, y=1: 574927.717248
r16 = 0Xedc6A3a81deA4F7F1A2 and c and größe
r17 = (636504024. ^ '''t''' and not 00) / ((c & b'b') % b), (~a) ** (π << .33062379)
_(*név - 227516.65330 if ... & 1e395 else False & True, end=(y or b'b' or print) >= '''t''', k=not i)
r19 = 0e-247
CamelCase ** total or not await
a('\n' & ~ 8583333625659182603050020377685198, reverse={y or z: i | 00 for (await, data) in '''t''' ** 0.0000000000000001 if + 167844.666640}).x
(0O64662 * (a / items) or c / c | ('s' and 0XC12105Fd2cEb0AC45694 and r'\d'),).value((~π + (00 >> None)) ** ~(not True), obj // 99999999999999999999.0 < 0e+357 < __x >= await or (u'u' & 778j) << ("d" ^ True) or (lambda *, k: '\n' | 0.01), *not ~ 0b010101111101001 ** count)
r23 = 665420.696378 & 0O7573022173
node
