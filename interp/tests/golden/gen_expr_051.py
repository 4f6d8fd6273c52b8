# Generated: expressions mixing every operator level, set 51.
r0 = (b'b' >> len == (not True) > (10000000000000000 or 1e23)) ** ('a' 'b' // größe | node) + items(... | items, default=False,)().next ** k.attr, x(414370.720508 | .5E-224, r'\d' & 92181578305885460722616473232071597, CamelCase + 933j, *print ** None, end='s', key=+ async)
r1 = 's' >> (not (520000344570830250769536401514714879)) != (a == self is (885771770.)) | név ^ r'\d' in (node ** n for y in 186489.654261 if ~c if i and ... and 0B0001110110111100100)[373953.308316 <= 21778071482940061661655974875633165533184 == 180989.559646 >= self].attr is not (y | count) ** (not async)
r2 = b'b'
(- ... in (a and total) <= (__x and len) < ('a' 'b' and a)) - (lambda p0, p1=(), p2=..., *args, p3: π and items and 9.E+122) | (a + 0O66542763767017605446 & (... or 410776.69152 or async)) >> _ % - node
(not ('é' or 729190450873554821797004659089142)) >> +(i if c else név)
j or None << (True or 853935.688461) or (False > _ == b) * (größe >= self == _ != print)
r6 = total(725208.440256,)(not y, None if items else node, *"d").real
r7 = y
not {k & (count & obj)}(end=(u'u' and 654036.142577) << (2.5E+3 or 0X82C54b2bEB649bDbED0E16C7), sep=b'b' ** count, **total >> ... & 482465.791408)
-(("d" and (True and __x and größe) and ~ z) & (CamelCase | ...) + 151724641295)
r10 = result ^ u'u'
10000000000000000000000000
r12 = z ^ u'u', (await or 's' or '''t''') | node - 0o12041024
(c or a or k) >> (a | b'b')
r14 = (async(0000, key * '\n', value % 0xdF6Cb92D8, *await >> False, reverse=u'u' in None not in result, end=items)[~ True] ^ + (lambda **kwargs: 'a' 'b')) / +((not async) | i)
r15 = lambda p0, *args, p1=(): (.264679644) - 0Xfa6a2b50b6E0 ^ 's'
(False[node]['é' << i:0E65:] or z[...] or (10000000000000000000000000 - 0.0000001 or u'u' or .854843244 ^ 'é')) | [~ True, {y << 745715873.0J: total, - async: 0O234544 and data and 000, név + items: 0B001001000111101110 ** 0xE2E6C7}('é' ** 0E25, reverse=.460960194 << (67j)).left, - (not key)]
(True and False) >> (... >> 301j) | - (data | True)
r18 = None.next(*not (items ** 120870979.0 and r'\d' << i and items ^ None))
(value << __x ^ (y and data) if größe(obj, i + 0, .421082371 >> key, reverse=result or k)[~n::].ŝ else a << u'u' and b'b' and "d" ** 0o2412623) % z((0000 or 'é' or 00) ** (not CamelCase), - 0B00000010101 | (n == result in result), *~(.605160158 ^ .294889246), reverse=y ** len | n & z)(*(True >= self <= 131359.992680j) + ('s' and key and print), **__x(k + y, *55794.20888 // total, default=not 's', end=__x - c, **data or k).x)(-(000 << 2.5e123), items ^ await is not False & 0o11077074101036 != r'\d' << (31341.366776), ~b'b' << 0B1100111010 + result)
r20 = [j] ** (CamelCase >> (len or b'b'))
0000 * count // (π == "d" == u'u' in 0O45317714 if x >> név else 's' | '\n')
r22 = ((y or 'a' 'b' or k) ^ (948675.926350) - node) % (00 / (print << await)) % (9999999999999999999.0 ** '\n' ^ '\n' ** c) ** async[not '''t''':x * 0XFccf3Bf911e5064deE:k]
(self | c) & (obj if i else len)
r24 = not print
