# Generated: expressions mixing every operator level, set 64.
r0 = lambda x: 9.E166, (j >> CamelCase)[::név & count, .5e-188 ^ π:CamelCase or async or b]
'\n'
r2 = not -((not count) % (node ^ False))
r3 = {result(név, data or (1E-188) or value) | +(False + 822247618.): ('s' <= 'a' 'b' or (2.2250738585072014e-308) << c or 's' % 0000) and (2.2250738585072014e-308 and (lambda: k))}.real((not CamelCase) ** b'b' if (lambda p0, p1='s', **kwargs: async) & count << n else not ~ '''t''', (not (2202) << node) ** (self > u'u' <= c or ~key), ((782882.293357 <= 804j) >= (len if total else obj) <= π) - ((False or k or k) | 476608904.))
i
r5 = total, (b if u'u' else 1e23) and 000 | ...
key ^ (not "d")
r7 = größe ** .5e-190 and value or b - (count << '''t''')
r8 = count % (n & ...) and items + .96965289 << ('é' & 'é') and (00j >> b'b' and 0o5661563523 - 0000), b(end=obj).attr
r9 = data - (0o675325174 if n else 'é')
r10 = value
r11 = value(- (b | 0O30141617),)(*+a ^ (not r'\d')) in ((lambda: count) and async not in 2.2250738585072014e-308 < ((0) != total <= items) in (not (0o7106463747737235661541)) and +x ^ (self | 's')) != items - (j & b'b') << data.next("d", obj / items, *y) > (a ** 'é' + k) ** (459270531444461570237879339039 >> (print if n else b)), {n ^ False, async or (998044.552824) or value, π}[result ** "d"]
{not True if _.attr[False & node:] else lambda: await ** len: (not π ^ 'a' 'b') for név, items in (key if 0Xa else async) << größe and (... and 's') ** (... << 559988.229097) for count, self in +(self or j or 939870.373366J) or ~(snake_case_name if 'é' else 9.E168) or (größe and a and value or u'u' ^ '\n' or 208245912266744 + 1E+208) if ~ (a * _) * [0e-114 | 810835.638005 for (z, CamelCase, obj) in 's' is k in __x if x >> 's' if node][::, z << 0B1100000111011000001011000111110010100001100101110010, b:result << 605559.301164:(1e22)].ŝ}
r13 = u'u' & value, result.ŝ(r'\d' | (0O74), k=False < data > 61240685758233457495 < key)
r14 = π ** b
r15 = (not '\n') >= (k in ...) is async
r16 = r'\d'
r17 = (snake_case_name | .5e+370 if items is 0B001111010000111101000111011000000 else await if 0x3e else count) if x % a ^ (count or u'u' or 995136489405) else ~ y
r18 = (+data)[CamelCase ** név if j or a or b'b' else .5e388 ** _:(674656.184539) - None | 'a' 'b':_ + a != result == total | len is not a ** CamelCase][(not result) + (9999999999999999999999999999.0 if 'a' 'b' else CamelCase):] << (not +('''t''' - result))
not x
r20 = + ("d" ^ (π | 0xF3403) ^ print - - i)
r21 = ()(result * n, None and result and 'é', *async | a, end=j and 0b10110101101111110100010101011111001111110110000000001110000 and 547422.66899, **"d" ** .5E+16)[:b'b' & 1e22:]
... ** z
+ value[j]
obj if a else c
