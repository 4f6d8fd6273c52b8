# Generated: expressions mixing every operator level, set 43.
r0 = (not +value), (n and 'é') ^ (215920.721028 | None)
r1 = key or 0000
r2 = (367473.669098 and a) % ('é' not in r'\d') + +név % ((0E390) & r'\d')
r3 = -(z ^ 7687864838927083281380661756616179 | await - 671106186539280003566297 is not (253988281.0) >> __x), (False ** 1e22j) ** (CamelCase / 780738.800329)
r4 = b'b' & n ^ data ** größe
'é' | i | (r'\d' or CamelCase or 0e138)
(((lambda *a, **k: 1e22) and (952j or b) and self | '\n') ^ (größe & _) ** (len + self)) - név(not (n and 926547.40728), default=node(reverse=b, sep=0X48fd5c859BFBDEd9C0fF5Afa), **count * (total << None))(count.attr.x, 'é' or print if '\n' + None else (0x36404a1c7cE735D1bD0C8aa62) | 0B1111111001100101110111101000, **~key)
{obj & 0 and n and (0000) ^ 512417680782906010104: i, CamelCase ** k and "d" / CamelCase: False - 389886.382576 % "d", total.attr: z.attr[...]}.left.attr
(len if c else items) > y // True or '\n' ^ True | (0e74 in y in j) or {len and 427112.305888 and 0e67, 355840398650}[..., 's'][True * count]
r9 = CamelCase in b
r10 = _ and False
r11 = len
r12 = 9.e+206
540514782446612184097715400108863271824 and 561086.110149
c.x.left and a(end=CamelCase >> 'é', sep=not None).append.next and _[0xA7c72B5b8886BFfdcA6 | 0000:data - 'a' 'b':][:z]
_ or ...
r16 = '\n', not 0o1523462514443
result is not key in (self < 774294094. in ...)
r18 = z and 918j
r19 = {u'u': y if '''t''' else (72372729.)} << ()
r20 = _
async ^ (None or CamelCase)
r22 = snake_case_name('\n', **i & x)
async(**i and 70558747232586741 and u'u')[0x1AAAb | total::2.5e+288 | len,](snake_case_name + (0e+54))
+ (~ value or u'u' - 00J or snake_case_name == '\n' not in u'u') - (y % 0b0110100011000111011010110001111101000100001100001100 + (not CamelCase) and (await or node or 0B0001110001001111100001111010) - ('a' 'b' & node))
