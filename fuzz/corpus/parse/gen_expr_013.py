# Generated: expressions mixing every operator level, set 13.
r0 = not _((lambda p0=lambda: 0, p1=..., *args, **kwargs: j) & (... if (195686560.) else b), 81751.594778 & self & (count ^ __x), x ** 0O2354016503 << (node or 1e23 or snake_case_name))((not ...) / (self | 926648.246587))
(not u'u') >= None | await > (lambda p0, **kwargs: 's') != ~ 'é'
r2 = 229091706.0 and c, -83076749736557242056487941267521536
+ (('\n' * len & b ** await) // ((2.5E+375 ^ y) / (__x or __x)))
r4 = (i & snake_case_name) - (not 'é') & ~0 ** "d"
r5 = 1e22 ** név[...](not True, a != ... is not 0O500036435 > 0b000101010010000010100010000000101011001011011110110111001)
r6 = {-result: None if count else CamelCase for j, CamelCase, self in snake_case_name and (0x9192C1eDd6a64) and größe if node or 00 if b'b' or total or False}
r7 = ((((1687885990169042370447802288454874693) and 9999999999999999.0) & ~None) << print) // [not (None if __x else 's'), ("d" & 0O3146), (z == x != print not in 0Xa35913cf5DD4D4DBbcECf) | async](['''t''' if 629471753. else obj, b or _ or 0000](0B100011110110010000111111 / result, node if 'é' else b, reverse=-items) for (größe, j) in (628866978.0).x[196448.605407 and False])(obj and '''t''' or ((1E313) or CamelCase) for len, key in count / items + (not None)), -π ^ async
r8 = c ** obj
r9 = None ^ True and (CamelCase or node or (49787784.)), (CamelCase is 0xaF054A71f is data > 9.E-132J) & print
r10 = total if result else 'é', {not 'é': '\n' if print else 316912650057057350374175801344 for π in result >= node if 2.5E-382 for (key, print) in result ^ data if b'b' >> j if count is not obj == k is not '''t''' for obj in b'b' ^ k if z}.left
{'''t''' ** _}((157251953.) if 'a' 'b' else c, *a, sep=0b10111001111101100 ** 0000J, key=_ % result, **443770213.0 >> 0X6dDFF1f6E8ed233e5Dd1) + (not obj == total in b < obj)
r12 = (key('\n', CamelCase << 0xdC258F51fCdFfaf7F41A4fDb31aA, ~1e227, default=self or k, **2834309011106245808 | snake_case_name).left,)
{+ (0 < z) == (print + 142779584.0 and ('\n' or x or total) and not u'u') for async in data(count, π, 2.5e-3, *'s' | k).items and (z or 'é' or key) % (222796.901715 - .5E-302j) and (not 1e22) | i for print in (~ (node - True) if "d" | key + 'a' 'b' else "d" ** (größe and total and count)) if [False < 'a' 'b'][:636662661.] & (not n - .936354818)}((+ data > 0xee6e9De22A3 - __x >= key) | __x(*snake_case_name)(b'b' for (x, self) in obj and await and print), not (z << False if 'a' 'b' else True & __x), n().ŝ[:], **~print)
items.x
r15 = - ((π | node != 'a' 'b' - k > n ** größe) + False)
r16 = ('s' or (00)) or total or név * "d"
r17 = [total, not (not y) == (j and 209857.429808) not in obj << key <= größe](((0B10111 | async) // (False > self)) ** (- snake_case_name + "d") for key in print - __x.ŝ.x)({z & _ | '\n': not π for CamelCase, CamelCase in 225252.228822 > '''t''' and 0o23616330 >> 36806601308148734623053125701508804534j if len(b ** self, n | total, 0o14 << j, reverse=j, k=count + obj)[CamelCase >> 'é'] if +c for (π, név) in total['''t''':'\n']}.next[1496577676626844588240573268701473812127674924007424 - node | result:not 0o45642317104350 >> key], ~ ((y | count) / z), key={}, default=+(result + (0000) + (__x ^ (1e22))))
r18 = await << a | 344212.472989 % 0x3Bf8d1Feb8C382FF701c3a
r19 = result ** self > (lambda *a, **k: 397223693.0) <= (703304314.0) % c == x & b
(not + (.413069247) and {00, 0o3, 99999999999999999999.0 - y}("d", not obj, sep=False << 0O03601173323107235, k=(0E+67) if π else c).ŝ) ^ a[:(True if 9.E+18j else items) | ('\n' or größe):not größe & True][:]
+None
r22 = [](1E+360, lambda x: név, (452575.534608) // 's', end=c + result, k=lambda *a, **k: név, **key * név) << key(not n, len and False and r'\d', default='é' is not result is len, sep=__x) | (async | '\n' is not 0E+67 in key & größe if (async or await if 00 else -c) else - key or (items if node else k) or (724j if 0B1110111111100100101001111100111101010110100010011011010 else 'a' 'b')), items(value is not CamelCase > '\n' < snake_case_name, (154742504910672534362390528), end=0X8Dc2Ab289508d8D9aa7 / await, key=items, **None // CamelCase)[x or async:n ^ 590j]
count >= node or _
lambda x, y=1: node >> u'u'
