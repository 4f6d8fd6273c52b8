# Generated: expressions mixing every operator level, set 30.
r0 = - count
r1 = ~ 9999999999999999999.0, 125j and data and "d" if (0O515654) < CamelCase == x is not CamelCase else node
r2 = (x >> 0X12 & (.5E-227 & r'\d')) % ('\n')[größe | i:items | len].items
r3 = print & None
r4 = obj | False ^ 2854495385411919762116571938898990272765493248 ** node
r5 = snake_case_name ^ total | (not '''t''')
r6 = 's' >> név, lambda: 00J
r7 = []((név if obj else 0XB) ** (key or j), print ** x & ~ snake_case_name) | (j >= + π or not True), not True
r8 = 'é' * '''t''' & (0E12) + j
{j(node and z and True, k=obj ^ π, end='\n' | False, **0xcF410A8c483f2d) ^ (2.2250738585072014e-308 >= 's'): obj + items >= 'é' & False < (0e-381 and self and CamelCase) and a and größe(a ^ .5e79)[::177436.295660 != None is __x] for __x in "d" + (1E11 - count - await) if {not 0O243303454243733572: ('''t''' if k else '''t''') ^ self for (node, print) in [data - len, +0O1567710073670405332317, total](+z,) if not k ** ...}(__x(~ 870318117., CamelCase, 0X8CE4A1EbCC9eE32Fcb08794b - False, *_ << snake_case_name, end='''t''' | async, reverse=c & '\n')[- None][...], key=48336.262890 & b < _ > (2.5E144 and r'\d' and 995836.174664)) for c in +await // (név * 1e23) & ((b'b' <= value != b'b') == ... // 'a' 'b') if count + {(47265904442706139332965452764155450): node ^ "d", _ | print: x & 0e+115}(n - print, len, név, k=items) if (+('é' + async)) ** ((0X82F2a9D5DCDF5836dB020917443fE and result) is not 'é' | 300480939409056368091822 > j <= k) for obj, result, count in y(not ("d" if False else 'a' 'b'), (405807205372511929677 << r'\d') * (not 0Xe9a0fbD9), key=CamelCase, k=_ & (0B00011100001011001000111111111100111101100001011101) and False - __x and (__x or 816j or CamelCase)) if await(*~(obj >> print), end=snake_case_name.real, sep=total and i or b == u'u')((97833287674202911 or (0000) or False) and 's' & 0o71740060345174, __x(größe, k=total ** total, end=j)['a' 'b' and 0o2645014746:], (True or 0xFabd0691fb46D1008f6cC or 'é') not in u'u' ^ 00 <= 49 > (c and z and 0xfd158Ee80FEDD), *None ** 000 ^ ..., default=(result & snake_case_name) * b, **'\n' - b - True) if ("d" and 's') / +(505208.978228 | u'u')}
r10 = (a is not "d") == snake_case_name
r11 = key(not 100000000000000000000 for (await, x) in 8253)
r12 = (j is '''t''') ** + 'a' 'b' >> (items << 0O16 | ... ^ π)
not 0o30064355446736234 & data
r14 = ~ (total & result)
"d" and ~π
r16 = node >> ((9999999999999999999999999.0J ** 0xD1c4 ^ b'b' // y) << (not __x ** await)), obj(reverse=+741j)
r17 = lambda: value, π
r18 = (obj ^ self if snake_case_name << 's' else y <= 962002.965653) ** (not 0 and j | ... and (1e23) | ...) ^ ((not +'s') | ("d" not in None == __x <= r'\d') ** ('\n' != False <= node)), len + z >> -3775678410295280526
n - items
CamelCase(((lambda *a, **k: u'u') >> + 258528.263999) // (value or größe and 2.5e-197 and value or print) for count in -async[u'u' or '\n' or print:].append)
async(True or node or z, i << r'\d', *'''t''' - 'é', default='''t''' & u'u')(sep=k, **1e225 << items).ŝ
r22 = (((828j) or név) and (633825300114114700748351602688) & (0x9fb996653f44959FCddbbAD7da) and (snake_case_name or '''t''' or 878j)) // async(await | (13746.449452) for total in "d" | len) & ((__x or 2.2250738585072014e-308 or 000) & + x)[(len)[:b:'''t''' & _](CamelCase & z for async in größe):~(a ^ c)](*('a' 'b' not in c) ^ u'u', reverse=(x + value) * ((217855540.) + 0b00100000000110000110001001001111110110100), end=items(end=0000 and 0O74).left(+ 0x13D82A3b, key=count is not (0b01110101001011011111101001101011010101001111100111110100001) > 85713129679496748472703821818), **(0O421 or 791287524.0) ** (not 'a' 'b')), 'é' + π if async ** total else len | 000
r23 = .5E+363
r24 = (1E-218 ** 0Xa97Cbc594 for data in c ^ y if not 0.0000001 for count in 5e-324 if 00 and j for k in ~197472.718353).ŝ
