# Generated: expressions mixing every operator level, set 20.
r0 = __x % y
j & j if not größe else i or CamelCase
r2 = (await[k].left or j or self.real.x) and ((~items) ** 40107.725037) ** (-CamelCase / ('\n' if 0.0000000000000000001 else x))
items & items ^ k / self and not ('s' and u'u' and 's') and '\n' >> (354932.163986 & result) or [key, print + 0X2fD0488][:](print / n, 's', CamelCase and CamelCase and snake_case_name, *node | 'é') | ('é' or 29012429620 or a)
r4 = (u'u' if 0x7Ea9Fab322965FEDdFd99Be82c else π) and (not 556j) + 1e22 and (x + b) / ('a' 'b' & value)
r5 = größe ** False
r6 = (12427.487623 or 'a' 'b' & 0b101001011010101010001001010111001100101001100000110101 or node | CamelCase) << (... | async) - (435478.292686 <= 'é' is not ... == 24089116164233219792007282202)
r7 = self & _
r8 = True if self else b, 2.5e-223 if '\n' else π & len
r9 = (result(999999999999999999999999.0 > '\n' != u'u', 2.5E-54, __x ^ 914528036.J, key=count ** .5e+193, end=node) ^ (key | (206j)) ** (result & self)) << (10000000000000000000000).x
r10 = async
r11 = (value and key) | 524j not in (0b001110000101 ^ obj) + (async | 0o5425232325476633736) != (len or 'é' or x) ** (... and (99999999999999999999999999.0) and a) <= '''t''' >> név >> (not ...), snake_case_name
r12 = ((404721111.0 & 1E35) % result < 000 % snake_case_name & (result in async <= b'b' > y) == (164565.251454 or y or ...) | ... >> 5e-324) ** ((async and +größe) | (b'b' <= y in j) - (await and result and .5e282j))
r13 = ~ (c & key + "d")
r14 = '''t''' or 303j, r'\d' ** (total << "d")
r15 = (k and y and 0x6Aa9afA5aFF7516Ff61C3e37) is not + result
key(*680058.519652 & 00J, default=obj ** (.5E+105), sep=000 - y).x
r17 = 5e-324 * (__x and 0Xecd6E18EF8a5DbBdBcFeb)
r18 = (44581829111987590575654354284599991 << r'\d') ** (not __x) - (lambda p0=lambda: 0, p1=1: r'\d', 0E+195 ^ data).attr
r19 = snake_case_name
r20 = (k.next or data & (key & 667531.554058)) ^ _, ((261891477.0) not in True) ^ +async
lambda p0, p1, p2='s', **kwargs: 0x8D831e10E >> items % 2.5E142
r22 = key
z - b
r24 = async << (i > count) if név(2.5E-60 & True, y, snake_case_name | n, k=1e-27 | 00)('\n' and CamelCase and x, .738908888, key=obj & r'\d') else 0B1010011011011110100011110000111000101111011111111000 / a >> total - 'a' 'b'
