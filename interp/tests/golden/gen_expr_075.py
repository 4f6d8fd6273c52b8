# Generated: expressions mixing every operator level, set 75.
+ __x & 'a' 'b'
r1 = total()(~ _, (0o5700417662121732333103000) if 903441993. else u'u', default=+87112285931760246646623899502532662132736)[0000 ^ j]
r2 = (not größe ^ 993796515586447163) <= (b | größe) ^ k not in ... + a / 0o65
r3 = result or True, (_ or j) / (r'\d' | data)
r4 = 96 / total
r5 = y // (1000000000000000000000) & 0o3165603051755167012, not False
r6 = z - π if 0xaa7eEFfCf2c2ce6e12ce06cC else lambda *, k: π
r7 = k
r8 = - i, 5e-324 / 0B101100100 not in (result <= u'u' >= 1e-195 not in print)
r9 = (async ^ 1E-137) ** ('s' - "d") and ('a' 'b' | value) & ("d" ^ _)
b(async(z ^ 0B11101011110100001111011010111100011101101110100011010, obj | data, node, *r'\d' ^ j, key="d" or 84746561254, end=snake_case_name)(b'b' and count and data), y(value and (1e22) and j, key=lambda p0, p1, p2=-1, *args: r'\d', **c - 000).x.x).attr
r11 = lambda p0=None, p1='s': 0o7701430101
r12 = ((not u'u') & ("d" ^ b'b')) >> {x + node: result, -'é': - "d", a >> (53934673469172964090414605687898281): data ^ __x}
r13 = (lambda *a, **k: 99999999999999999999999999.0 | 0XD346cCcB0A1456deb66) | (not not 1e-162) | ({2.5E228 or (875j), (0B01101100111010011110110101)}(5e-324 ^ k, 0b010001001011001 ** r'\d', self << y, *'s' // a) < [.279282547 >> '''t''', r'\d' ^ größe, '\n' // None].append.items in b & (count ^ snake_case_name) > 's'('é' if '\n' else '''t''', *async | len, k=π >> k, sep=i << key)[x // items])
r14 = count & ((0xd653EB8A3) or "d" or await), snake_case_name << x and (0 if async else result) and -név
r15 = not (items & value or (0X031f46C3cEEaa7bcd0 < z is not CamelCase) - (data and await and r'\d') or (j > u'u' is not None in CamelCase if - 2.2250738585072014e-308 else b'b' is ...))
größe | await
r17 = _[c & (320260254723537384227493437085987833 or z or '\n')].value
r18 = (result or +i or total & False) ** (615940697839357758 or 1e-150) ** ~result | (__x ^ 000 ^ 37j - 510295.132709) - ((not j) == 'é' % 0000 is (π and (0B00011010011000010010)))
len ** (000)
r20 = not ('\n' and c and snake_case_name)
r21 = total
r22 = (lambda x: z >> '''t''' & + False) + ((snake_case_name if u'u' else items) & 654648221.0 * _ ^ ((0x68f0858dc0eaAbB8B8Ab7 and value and π) and név))
(value | b * "d") >> +total // (total and .749348868 and "d")
r24 = ([async and j and .450907235 | '\n' for result in print ^ items and u'u' and 1E+164 ** i if (név << obj) ** (.5e+191 & False)], ((await ^ i) & (obj if r'\d' else j)) >> i[not total:], [].ŝ[not (lambda *a, **k: 782898.343367)]).real((c or 0x4B361035D0C43a8DEabec6E) - True & (lambda: 500045.475083 if 81j else n), k=(count if j | x else ~ '''t''') ** await[value > await is π is not π])
