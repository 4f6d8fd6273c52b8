# Generated: expressions mixing every operator level, set 83.
(total is not await in False or 'a' 'b' - a for (y, result) in 0XBF1aC2329C5 ** '\n' - (not CamelCase) if + (b + snake_case_name) if '\n' >> value and len << ... for count in not False)
r1 = (lambda *a, **k: async) - (r'\d' ^ π) ^ - True | k(1e23j for self in _).left ^ (items ^ __x <= 9457148.0 is not y // r'\d' not in await ** items), c & False & j
r2 = (total | 'é' for (y, (_, c)) in not k for größe, self, result in 00 >> snake_case_name)[größe >> (0b100101010):z & b]((0x6B3BB28bfFD6dce9A7f8B95a2) + i, b'b' <= (0O4553443361346167740722))
(('\n' and '''t''') & (__x is not ... == (.5E-369))) >> (not '\n' - 'a' 'b')
c and 251164.867446 and False
r5 = 835219634.0 ** größe
r6 = π.ŝ[node & ~ a] ^ (not await for await in data // async if count ** b if b for (n, async) in größe / 999999999999999999999.0 for count in ~len) - (.489833074 & .522188994), (not async) <= (count <= név) == (733121.957819) ** None not in k ** 'a' 'b'
lambda *, p0=lambda: 0, p1=None: '\n'
lambda x, y=1: async
r9 = (CamelCase < True - größe < CamelCase >> len not in node & '\n') | (000 - a or -0e+207 or 0O0777164346753 | data)
r10 = False / (len - 0b1010010001001000000), - (lambda p0, p1=..., p2=(), **kwargs: .5e+371)
z ^ count | (_ | größe)
'''t''' >> (u'u' is not snake_case_name in (0) is not async) << ((128j or 96j or .5e317) or (0o2433341530) & 9.e+184) | (not False ** total and .631466322 - '''t''' is (not node) and a(self for await, obj in items))
r13 = z[...][::True // value & - 866039.515544, (i if x else snake_case_name) if '\n' else __x]
r14 = j
r15 = snake_case_name
r16 = len
r17 = 'é' // 1237940039285380274899124224 // None + (k or True | value or count) & (-k & (u'u' if result else c) or (0 and x for y in "d" ** items if .698942393 % 0o464675 if node * 'a' 'b' for (név, z) in z or .781593490 or count if k and 0b0001100010100000 and 0O4025032467175747537).items or not 0o316132332667050 == 1E-273 < 489561648.0)
r18 = self(~(- node in (j and print) < 's' is not (lambda: z)) for a in (total | total) - 0O23006614441474 is not (items != 258449945711384754638 ** k is not (not z)))
r19 = lambda *, k: (... | 00 not in c ^ await > ... & CamelCase >= (not value)) ** ('''t''' ** 0o244 // (not c)), - név << False
r20 = 0000 % 2.2250738585072014e-308 + (None and '''t''')
r21 = -r'\d' & u'u' | k & '''t''' & c
r22 = None ** (größe % print)
r23 = lambda *a, **k: r'\d'
r24 = (553041.142272 | (9128394534882758915995067302159681)) ^ (lambda p0=None, p1=x + 1, *args: k)
