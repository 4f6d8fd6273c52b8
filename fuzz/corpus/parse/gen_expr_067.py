# Generated: expressions mixing every operator level, set 67.
r0 = lambda *args, p0, p1=(1, 2): ~None + await, a >= (not i) is n
r1 = ((1549507419779308686) or (000 or i or z) - (False | CamelCase) or {None: +False}.left(größe ** data, ~'''t''', default=_)) & ((not __x is not 371122.241760) ^ await("d", key='é' * async)[...]), .162176328 if ('\n' if 's' else név) else z
r2 = print // 0000 & + "d" ^ (self | snake_case_name | async * self)
r3 = (not "d") / y ** 981260235.
r4 = i
r5 = ((__x and False and u'u' or i ** CamelCase or None ^ ...) and (b'b' and key) - b) | ('''t''' and 0xe68FCe2c if 0O4347027107753 << b else print - obj) // ((... >= c is data < 10000000000000000000) - (x or größe))
node
r7 = 9.E+326 & 0B00000101011011011111110111011110000110111010 if k or "d" or 's' else result
not ((value or a or c) ^ (not (2.5e-278)) or not -i)
r9 = 0 >> 'é'
r10 = (j & data if items & i else items & self) ** z(total // (000), *'a' 'b' or self, end=value and b, sep=9.E41 & '''t''')
r11 = (self > key <= obj) ^ print & data
((u'u' if total else a) & (0 if x else (.5E+54))) % (data & True >= k not in -2613387856727497) and z ** '''t''' ** snake_case_name * (not obj ^ x)
r13 = (39j)
(608j << x) ** (j if __x else 74214.106616)
snake_case_name & u'u'
((1E+237) - ...) ** (count // "d")
r17 = i ** (471247.297385) - (lambda x, y=1: print), async - value & k
not ({größe | ...: 000, c / ...: 88426026702079812374692185 - r'\d', None and r'\d' and data: key or 0Xeb038DCDdC} or snake_case_name(.5e182, z if count else 'é', reverse=u'u' ** await).x)
r19 = (((0E70) if 0b1001000011011011111000101111011 else n) and True ^ 's' or ((10) and π) | (634j if node else obj) or items ** key * (not a)) & (snake_case_name if node else c) / (total - n) / (476382.717501J - items and b << x), r'\d' & False & (415551903375887929375100j and π)
r20 = (obj | '''t''') - (9.E182 if await else key) >> (u'u' and 34381736. and obj) / 573836272.
r21 = (0e321) ** 9186785813345474874426453 << + False >> ((név if 0 else név) >> ...)
async('s' ^ i, sep=key, **'''t''' in név == (590295810358705651712)).attr.items ^ _(6j / 's', *result | __x).next
r23 = π, (699) + (node == 's')
r24 = ~ (snake_case_name * "d"), self ^ 000 ^ 's'
