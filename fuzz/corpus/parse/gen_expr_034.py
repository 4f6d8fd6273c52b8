# Generated: expressions mixing every operator level, set 34.
r0 = + (None >> 00) ** ('s' & snake_case_name)
r1 = (größe >> b << (not key))(lambda: __x for (node, (len, result)) in data[_ ** 'a' 'b'::][not n]).real, (2.5e+171 or j) | ('''t''' and größe)
r2 = (.973282145)(key=('''t''' not in k).real[z ** 0b10001101011000000101001000010111111000010000010101111111011100101001] and + 0O0457646704121 is not ...)
r3 = (not not ...) | (result or 0o0704574560730645702) ^ (async and _)
r4 = + __x
+ (obj + _) ** (k and 5e-324j and 10000000000000000000)
(y and k and 0xa9c592A3ab15EEF01dF6dF2be9De) << value
r7 = result ^ 'é'
((None if 0 else 0b10111100000110000000110110010011011010) << 5e-324) // (y << print | (i or π))
(+b | ~(név % 194442633455701)) >> (('a' 'b' >= async in b is x) ^ -b'b' and '''t''' + 0.00000001 << (self and ... and größe))
r10 = + (n & 00)
r11 = async((lambda: (0O260) & 's') is not ((206j) and obj for n, größe in 0e294 - 'a' 'b' for (z, self) in j << 746094844.J if 1e23 is 0xc2bbBD59e7C11Aa15 >= 'a' 'b' <= 9999999999999999999.0 if _ or j or 74501347552197651407630158 for key in async >> x if True & a)(- None, *n) is not (print and (a and c) and (név if None else count)) < π / items * (not 947263470110183612386271952753931J), (u'u' if total else a) - (0b001010000000101100110100011001110101111001101110011011110001001110 >> print) and (z and node and (00)) - (név >= 's' <= len), key=k[(... & CamelCase) // (not CamelCase):])[..., ((result or __x or b) ^ 0x9f9e5C8) & ((b'b' | (1e23)) & ('''t''' ^ count)):]
not snake_case_name
r13 = (not value) not in snake_case_name.next[π ^ (0B11111000100111001100110000)] / - (953792.617269 or 's' or CamelCase) <= (lambda p0=x + 1, **kwargs: data) ** node | (k and k) & total + x < (not (b and node)) ^ key.items, r'\d' - 0xdCd51bFe1CCBE ^ größe * result
{(obj is not (0xaBe2EdEc3C746BDCC0dEbDE6B4) in r'\d') | z or items << (x or (.5E+27)): not ++(0b110011100011100111000010100000000011110100000), 0xEA ^ "d" | (168357743055584425362297162339520679061 or (.5E106) or None) | (('é' and b) and '''t''' >> node): count(k=1E91[not 31840.911976:c // 9.E21:(0X072e7Ac) << y,](not y, π % key, -553j, end='\n' ** None,)), -'é' & (+2.2250738585072014e-308 and await ** _): -((count | 1e-98) + (név >> größe))}
r15 = True and "d"
self(x + value // 'a' 'b' or (44601490397061246283071436545296723011960832 not in CamelCase or _), reverse=value[::].ŝ, default=u'u'.attr + (j >> snake_case_name) % u'u', **{True or j or b for _ in key if node ** 'é' for j in 665662.574547 if CamelCase if print - 's'}[not 0xCF9898B3fdE2A5eFaAdcFFcbd7EFa:] ^ (obj if ~"d" else n | 0000))[:((lambda *a, **k: '\n') | -j) & (lambda p0, p1, p2=a.b, *, p3=-1, **kwargs: x) / (i or result or (334j))](end=(197j | k) & .114387310 and (000 and 89479652.0 and print) + (n and c and 3088150286519411050975882484299244962) and print - async ^ k)
{obj({items and len}(-(568886778931036536) for c in +node)[:obj:await | count], *[0b00011101011010011110001001101100010111010110001 & obj for n in (2.5e21)]['\n'], **CamelCase()[b'b']) for _ in [__x('s' and (0B110001010000010110101011000111100101000110010010001101) and u'u', None & snake_case_name, b >> 0e+196, *0o17025705414764404, sep=not r'\d', reverse=k - result)(default=u'u', k=value >> await)][_[c // None,][:]:not (000) << z, ...].next if [u'u' | (.40211376 != 's' not in b'b' > value) for név in (lambda p0=(), *args, p1, p2, **kwargs: j ** await) if név ^ z | k if data(~ node, x / False, key and (0B110110))[::self ** False] for CamelCase in self in (not snake_case_name) >= print & b if {}.items for (key, node, total) in 192390951063795871[:True | await:]] if π ** (lambda: print) and (000 | False or u'u' ^ __x or 'a' 'b') and (i << value for j in 307021261.0 and False and 'é').next.real for größe in ~k not in (0O7012626252027074 << (0o21200117755414) and i ^ "d" and ... & value) in (False and key and 458j << .606454021) > + (print & total) for result in (key | 5e-324).attr}.value
('''t''' ** None is not (0X63f9fbce60cBCe4aDCF1Ae97b9D) ** _ is not (len or "d" or len)) | (0o3166422421102250 if 's' else b'b') - (obj or 0o63 or 0xb11)
(392368.950898) | value
((result < (173086.188666j)) & 517346303.0) >> (False & CamelCase and async)
r21 = (await | False) % (név == 0XCcf3c76f0ADfAbE492922 > b'b' not in '\n') << (.191680057 & 585874.122295)(lambda x: True, self, k=k // i) ^ ((x or _) & u'u' % b'b' if (await if b else π) not in (1000000000000000000000 or key) < (0) else __x ^ count if data ^ 0B0111110011100101001001100011110101011000001010101 else - 1e22J), 846648564.0 and print and 87070827033271858047901318839356 + a
r22 = (async >> 115704.530068) ** (self if 'é' else 0B1011000001000100100000111010110111100001111001000010100110)
lambda *args, **kwargs: 0 ** 6810226390372209184982399517289691306248 is __x ^ items
(größe | 817 for y, value in 0O4057505 for key in +'''t''' if π if data for self in b if j == 0e-211)
