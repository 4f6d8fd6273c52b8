# Generated: expressions mixing every operator level, set 29.
r0 = {(__x ^ None) * self: (True ^ i) >> ... + π for größe in items if __x ** (494938013.0 if count else y)}(), n - .5e-207 or 9.E35 or async >> 0
r1 = async((not .71076780) % c, default=-(0b1001000001101101110100 and snake_case_name and "d"))
r2 = not (név ** CamelCase and not len), not True and not async and u'u' / (00)
not c if None & j else π and 0e+111
r4 = + key, {971j: (0b0110010011100101101111010010011100110000010111111001011010010010000000) & 0B1110110001110111110001100110110101010001000110110 for i in ~ 1e23 if 'é' for (größe, data) in "d" ** 'é' if 0O421644231012317025451 | b for CamelCase in c if (0B011111000110110110111000111010 if y else async)}[j]
r5 = "d" ** None
r6 = +count & (key ^ len) & ('''t''' or b or len), r'\d' << (not len)
r7 = (lambda p0, p1, **kwargs: not 0O45440436517755 or a & (0xf5d84ddBD3BbeACfA21CD01D2a0A)) - (("d" << self if snake_case_name or len or 0b1110010111100110010 else not név) >> -(None or 850281257557278856273649572342079))
r8 = (CamelCase(... != 0b0 > u'u' != größe, y, sep=self if obj else 277298361450456689243591673141, **self + value).items ^ -items ** 0B000010010001101100110001101001111) % (await and print and False if (len and '''t''' and snake_case_name) | c - obj else ~None or ...)
r9 = lambda p0, p1, p2: r'\d'
r10 = u'u' >= async not in None < items
(π and print and total) | _
r12 = a % 80663723.
r13 = größe | len
r14 = 0b1111100110110100001000011011011001000110110010111001001001000000101, not key and (größe or total) and 'a' 'b'
r15 = + "d" == .5E314 >> obj
... != (async - 'a' 'b' & ('a' 'b' in 681707576.0 in async) if {x ^ 194758.270200: result, 'a' 'b' in await < c <= 130j: 61371284039492573342171 ^ größe}(b if r'\d' else await for j in b'b') else 0xE7Bb4B9FC6506Ba3fD92B1DbAB25Ea - True << await) == key >> (total ^ x) & b in (5e-324 or c // j) - ((9999999999999999999.0) >> x or 5e-324 ** False)
r17 = (größe ^ n and k) ^ obj[::0XA54fb15Fabbb is not r'\d'] is not (result or async ^ π) + b(node or 6831010137, *obj / 2.5E171) is (not -...), b'b' << '''t''' & (b ^ 999999999999999999999999999.0)
b.items
2.5E-357 | a ** node
193282421. ** (... in b) | +(not count) | 's' + (0O523566 or ... or x) ^ ((236j and 628537.763967) ^ j << value)
346184.706205 >> 's'
n(0o4740644621531213070365507, print ^ 0e-380, sep=426724.489277 or 0B00, reverse=lambda p0: value, **async and True and k)
r23 = ~ value if 'é' - u'u' else r'\d' % név
r24 = (lambda p0, p1, p2: async) ^ False ** ...
