# Generated: expressions mixing every operator level, set 69.
r0 = z, n & (node ^ név)
i(- 0o406, key=451j >> 0b1001101110001001101100000001001000110101100111011, k=key and count)()
not b((π and items) + (value and 947j and value), total[(807279.822884) | név:][:"d" ** value, "d" or key:__x >> 'é':], *(result or größe) or key << (.407570588), sep=(... or CamelCase or größe) // (not total), end=snake_case_name[...])(*total, end=j)
r3 = {c ** await: value for snake_case_name in π % 'é' for a in __x not in 2.5e268 if print << k if 'é' | r'\d'} or (False & 167j) % (.47611309 | 'a' 'b')
r4 = 0b00100100101000 // 0B0
r5 = ~ z | (obj != print) and (r'\d' ^ key) ** (r'\d' & total) and (x - i) % (None in "d")
r6 = k(not (CamelCase * (0Xb2efdDeE5Bc9E7c3c6Ef) if 6902034739450976488 + π else None), *(not False) ^ (c - a), reverse=(print % 605840.617776 not in π - None < (not 1e23)) ^ (not b'b' | '''t'''), key=(416j ** (j - 's')) ** (not ((458j) and count)), **'\n')(reverse=lambda *a, **k: größe | __x if b'b' and 0X6397 and False else not items), x + n ^ (lambda p0, p1=None: 711398.840446)
r7 = [[](result, sep=value & True, reverse=y, **'s') for (obj, __x) in - b'b' and (c or j) and False >> async if not a // j for a, node, obj in data if (5202591384394099157872349811426562915 | b) & (not value) if (~CamelCase if 0x6eFbFceA340E7ad9BD and snake_case_name else 's' | 0X4)], [i in count for j in ~ 68334988.0 if key if '''t''' ^ self for y in 4].attr
(result and (_ if await else self) and ~ items) and [größe + 0xd1fcAc1F59B505A7D4cFd348804A, snake_case_name == j is 893437116867515975650557120210101 >= len, .5e-10 >> self][r'\d':][:- _:]
~ + snake_case_name
r10 = - snake_case_name(a, count - "d", count ^ None, key=999999999999999999999999.0 | b'b', **lambda p0, p1, p2=-1, *args, p3, **kwargs: _)
r11 = ("d" | key or False << print or k > print != b'b') >> (+ await and self is obj)
r12 = None and π.x()
r13 = (j ** print) ** i, (lambda p0, p1, p2, *, p3, p4: __x) or größe
r14 = 's' <= 9.E+233, 867353091004171552966477304 / ... != (not node) > len ** "d"
r15 = result.x, - ('é' * False)
r16 = - (not 2.5E+38 | snake_case_name)
n or c
((CamelCase and '\n' and 0e204 or 470371.820307) >> (z | self or not '''t''' or y ** u'u')) ** ((not π - r'\d') + (False != (not self)))
print[:[] or ~CamelCase not in (not CamelCase) not in (not b)]((False ^ 0B10000110000011000100011010101000000000101000000011001101110 and len != a < z) - (0xaF9D1ca5Cbd971874CdB5AD2 ** value or größe - 0O70), [(név > 914608499. <= a < 5e-324) | None << items, [](größe | (0o40515) for c, c, n in -len)].attr[:(-r'\d')], key=(lambda *, p0: key | y) ** ((0B000010101010101010101101) ** ... - név))
r20 = ((_ or b'b') - r'\d' ** data)[__x[z + größe]], név ** 0xb3CAa8 ^ 's' - 0X6CED1C2bE8Fa6655B0EddCB846F1a
- r'\d' ^ (not 0xfE5F3c9076)
(False and '\n' and True if név else 0B010110110000111101000101110011) ** (n ** c and "d") > (610692.899824).value | (0O705226024457263)[k or .5e-326 or '''t''']
i ^ result % '\n'
r24 = len
