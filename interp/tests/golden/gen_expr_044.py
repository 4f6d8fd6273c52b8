# Generated: expressions mixing every operator level, set 44.
r0 = y + result and True, {000 == 965483.280105 != 1E45 not in await: len + 93163351008266 for (data, items) in 000 != n for i in (lambda *a, **k: "d") for await in 0o7727333570605105 + i}
~'a' 'b' - (0 ^ key) & (0x56fA) / (π | False)
r2 = obj ** n
r3 = lambda *, k: 0x9a, ('a' 'b' or b) + ('a' 'b' | u'u')
r4 = a((0xac0e) >> ('''t''' << y), *async, k=(2.2250738585072014e-308 | (722664538.0)) ^ '\n' * größe, **lambda *args: async - '''t''')() | (0O1561040014014173477303672 & (.178239566 if b else 0000)) ** (snake_case_name ** (0b0100010111010101000111000010111100001100010011110001100000110101100) & + '\n'), [b, i if (2313041541) else c](x % 's' for k in k - obj)(760253514376327501589729827439740973752, *not 0.000000001, reverse=r'\d' - 's')
r5 = CamelCase and u'u', self << 350979.584363j ^ (691449654. or u'u')
r6 = i and 's' and ...
r7 = (not "d") >> (k | u'u') if z(key=not b'b') else (k or 's' or 0000) not in + 0o372467601630174623 < 485088.191429 << .5e181
r8 = (0) ** (b'b' ^ y) > ("d" if k else __x) & (x ^ 741j)
r9 = j ** n, True | '''t''' >= (not result)
(lambda: (b'b' or obj or data) & (c | print)) // (()(True, 0x050F56B1f17ee2ecb70AA & CamelCase, _ ** value, *r'\d' << 'a' 'b') >> i ** 0xA545)
r11 = (2.2250738585072014e-308 if count else r'\d') ** (node ^ key) // total.next, -('a' 'b' ^ async)
r12 = (not +CamelCase ** a) == ((0E-188) and (b if (0.000000000000000001J) else print) << (data & "d") and ~ (snake_case_name >> .657548307))
r13 = print % (not (z or CamelCase or key if (lambda p0, p1=[], **kwargs: CamelCase) else 0X2))
r14 = 164091.991818 | True, (00 or node) ^ '''t'''
(.5e213 in c is not k >= 0o667424446641522527100) - '\n' | value & b'b' ** result
r16 = 0o01741 | 155937639. % "d"
r17 = + ((True >> név if False ** 272356661.0 else print and b'b' and items) < ~ (lambda *a, **k: __x) is ~ ('a' 'b' & 9999158042159394022155069897770100043026))
(π ^ obj for async, a in CamelCase for (snake_case_name, async) in 0b1011010100100001011010101 and value if z != 0b01000100001110100111111100011011011000100100110011001001001 if (1e22) ** y).next.value
r19 = print
r20 = 'a' 'b' if r'\d' else total, ((.504936353) << result) ** größe
r21 = not "d" ** b
r22 = größe if z else node, [0O027 ** '''t''', y, 416976100467003530801]['é' and .5e-385 and value:j:][5e-324j - 622050.251492]
(1e75) if key else u'u'
~'\n'
