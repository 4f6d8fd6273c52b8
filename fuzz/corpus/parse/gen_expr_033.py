# Generated: expressions mixing every operator level, set 33.
r0 = items ^ async
r1 = (0000 & (0O3361 & 427240.257387)) + [π <= 'é' <= u'u' >= (00), True <= 'a' 'b' == x != False] == ((b'b' | 's') ** (lambda p0, p1=-1, p2=..., *, p3, p4=(), **kwargs: async) if not +x else + _) > (lambda p0, *, p1, **kwargs: ('a' 'b' & b'b') / (... or 0O340653461 or 1E136)) not in (z if 0X69187E2a6Fc44 ^ k % async else (493008.308610) - node if not .5E+77 else c ^ items)
r2 = not 502320.892625
r3 = π or (0xFB56D6ca84 == név) ** (not True) or (_ | "d") ^ 'a' 'b'
r4 = not print
r5 = ('''t''' * (0x5593BE63860873DAD7ef9 or größe)) ** ((not 12554203470773361527671578846415332832204710888928069025792) ^ r'\d' << (0o1356654370324545706376121)) << 844894499.(.5E+58 ** b or b >> result for snake_case_name in ('\n' & await) // (1E399 in ... < b'b'))
r6 = key(- ((async & result) // ("d" | név)))[:1e22j:lambda p0, p1=-1, **kwargs: ... ** self ^ obj - result].items, 'é' or π % self or k ** c
~((items | 'a' 'b') * '\n')
r8 = ((303716.570645 and print) & (y ^ z)) - (u'u' and len and .614120208j * 2.2250738585072014e-308)
r9 = not (u'u' if n else y)
r10 = a - 0XA1dFE4Fb12Ce7acDf9efF98a1, data(result, result and b'b', *u'u' or 0o13361064433373457701)
r11 = total((self and CamelCase) != (1e382 or snake_case_name or 0XaA6211d) > len / key <= None or b'b'.next, default=(π ^ result) ^ (node ** j if π else print if größe else b'b'), **~ (key or j or False) and 'é' << '\n' ** value and (CamelCase and 1E+389,)(*len ** r'\d', sep=len)[3076027310498748 not in self:not '\n']).ŝ
r12 = 'a' 'b' if count else k, data & 1e155 is not result // False
r13 = _ > größe < data | None
r14 = ~'\n'
r15 = k(sep=(0o263210332101261355 if snake_case_name else i) if (170282862.) else result if count else print) and -~ ('''t''' / __x) and (not n) >> self
r16 = False.x
r17 = z << 999999999999999999999999.0
r18 = [obj & (not i) is (not items if i else 4106939068149 >> z) not in j.left(not x, default=~π, **b'b') >= -(0xCE46Bee438d43DAa8D24B543A and snake_case_name), ((data >> größe) - 3778586171758441442749106503) / (lambda p0=-1, *, p1={}: None), (True * b'b' + __x // név) % (await | n + value)]()[not CamelCase.left]
r19 = value or b'b' or 2.2250738585072014e-308
async
r21 = (node and await & '''t''' or not total and ~b'b' and 0x8d16D45e % total or not not '\n') ** y.next
(0B100001111101011100101110011010011011010001011110001 - total)[None:not obj,].ŝ
r23 = ~j.next, (a if z else 's') >> 0
r24 = {... for __x, név, obj in (0x4eFfBe00B525fF1DE7bD4554FcbF) and név and y for obj, self, self in node & items if ~ 'é'}.attr
