# Generated: expressions mixing every operator level, set 62.
r0 = not r'\d' ^ u'u' and (0 << CamelCase) % ('s' & value) and items & data == (None and i) == (not név), (items | j) - (None >= __x <= node)
~ k and 573562553. ** π and result == '\n' < n
r2 = b << b'b'
(not len) & (1E325 & 'é') and (lambda: __x) and ('''t''' and __x for key in value < 's' for len in + len)
r4 = π if 's' else await
snake_case_name(not ('\n' or k or 554920181.) | (75557863725914323419136 or (00)), {}(4141284204049 if obj else név, *True, **count)(default=név != k == (592j) is not (0000)) ** (+CamelCase or (lambda *a, **k: 921j)), sep=- ((950154.346509 if 627058800767856283437612631468 else n) if 575239.929416 ^ (.901623075) else True ** u'u'), end=0o426202016163251041744773(... | False | '\n', **(k >> None) + (121251.408104 or 'é')))
r6 = (not obj(0B110110000110110111, ... >> n, end=y and 's' and snake_case_name, key=(0x3A4F17bDaefE3Ebbc7BdDf3DDB) ** y,).left) == (~ items & x - a for (y, node) in __x - None - 0x4E8dEEBaaED3c873BE0CeF ** r'\d' for await in + (0XbacBBdc4bB) and not ...).append[r'\d' * count // -0o7071414471360544] != (not {__x ^ π for count, k, len in c | _}.value.x), (5e-324) & 0 or 0B101011101010100110110100110101 // print
+(total ** j + (node + y))
(not 6628088175660787727179074141335948426072 * 623j) ** (not 915172.505860 & 46124.914112)
r9 = -(__x & b'b') + (c - value << ('''t''' & n))
r10 = len or items
r11 = ((0b11100100011101111111001101101001010110110011111100110001 or z or y) ** größe >= (not value or (... or print or (9.E+113)) or x) >= (0O434317 and 396402980. and π or 256988.86911)) | (print[:größe or 0J](π ^ r'\d' for név in 5e-324 | __x) if 477941579. else obj[...,](False, 'é', default=not (.756152611), key=_ and a, **(00)))
not (snake_case_name | x) + (y >> None)
+ async
r14 = ((0xF6Db866faF90e030 or key or ...) & (x != value not in 10000000000000000000000)) ** (not 'a' 'b' >> (1000000000000000000000000)), größe[node * n:b'b':][count << (0000)]
r15 = i(426344.19184 % 65160.828734 ^ (node | await), sep=not snake_case_name)(n // x ^ (not 0XcC1A), 's'[result:], key << r'\d' or (0000), *(.5e385 >> 869361.339395) - (x ^ x), reverse=__x[not True])
(not 'a' 'b' or a ** async) | {π in x != ... for n in y >= b in (448516438240674522337727) <= 'a' 'b' if (100000000000000000000) or π or 960j}.real and (('s' == (2.2250738585072014e-308) >= None) < items | n is not 0O14713516755176 >> 642486.231386 is not key ^ 332061980043114889) != (lambda *, k: a ^ 9.E-272)
r17 = ~ (753718396.0 / (not 0B1010000100000001111001101001010011100101100111011101110110001101) + (total != .5E-114 / 207959327.J == - async is ~b'b'))
c // __x ** data & ('s' or async) * + (0B0011111100011001101011110011110110111110001100)
r19 = n | b'b' - data
r20 = total[(z ^ count, not key, 5e-324) & ((CamelCase and c and 1E+62) and (z or data or data))::j(not b'b')(größe if value else 00, CamelCase) ** (not '''t''')](*(print and u'u' and None or CamelCase and 0B001101101101110101010000000010011 or data ^ len) or ('a' 'b' | 's') ** (node % r'\d') or + n and k ^ (2.2250738585072014e-308j) and not async, key=b ** (139527247.0 + '''t''') == (not self & r'\d')), snake_case_name >> 635439353. if + k else c >= (905402.236148) in b'b' == items
r21 = count(812j + y and not ..., (data if 635j else print) ** (0.0000001 * n), (not u'u') | ~ None, end=- (1e23 and név))
(lambda x: (0B1000011100101010100101)) - (0B1110001101011111110101011010100001100010100110100111011101001110000101 >> 0B00011110011100111111110110110 | (5745742044 and await and 0b101010010000011000011110011010101111000100010100101100000101))
{... ^ 'a' 'b' // len for größe in ~ (0X1Ca > obj >= len not in async) if node.left for b in ("d" + 2.5e-173 if -async else '''t''' or c or 0xdCA190) if 298495.255963 | 0o5677421250 and (lambda *args, **kwargs: "d") and async | r'\d'}(end=obj, reverse=lambda p0=[], p1=(1, 2): snake_case_name if total else value)
r24 = (not obj & value) | (async % items) ** (1e126 and '''t''' and None)
