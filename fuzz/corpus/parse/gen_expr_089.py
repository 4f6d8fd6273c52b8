# Generated: expressions mixing every operator level, set 89.
r0 = (2.5E+399 << snake_case_name ^ 0B000110100010111100010100010110 / node) * (None * "d" / _)
(count <= "d" not in k) in "d" == z
r2 = not 909825.111460, y & 'é' & '''t''' * π
(0b01 and value) << False
r4 = not 00 | self - .825418234, not név | z
r5 = (len ^ (0O0416047611345234515 ^ j ^ True)) << ((b'b' for k, self, async in (self if a else node) for i in len + b if 0 / (5e-324)).next['a' 'b' / r'\d', c if items else größe, "d" == k <= k != CamelCase:0b100110110011010100 or 'a' 'b':~ b] << 9364464147021409710 * None ** print)
r6 = n(b'b', items >= 's', items & 'a' 'b', end=count and b and None, **items or i).append.x - j(await - '\n', 21778071482940061661655974875633165533184 and self and 8626367469, 's' & '\n',)
(items if y else 1e+268) if 941735.746168 & k else _ and n
r8 = ([(0XaF4eC4Afc28482bC830a1fa3e) >> __x for (z, data) in print if await if i for total, obj in print >= snake_case_name if value < 0b1000110011100001 != node if 0000j & 'a' 'b' for snake_case_name in c >> 999999999999999999999999.0 if 104041.8614 ^ 'a' 'b' if 0XDFfEDFeB7e304c5A1E4Cd465196C8](~"d" for await in 28203909316766374005 ^ CamelCase) in (not async) & (not 1298074214633706907132624082305024) != (a is not (0X4C5cE9d6bB6fBeFb50BfdBd) != key is 0)) ^ ((len < (not count)) | ("d" is not - x != print >> z))
r9 = async and False and node
r10 = π(7420501338859955132 + z, k=lambda p0, *args: b)
r11 = 716j & len
r12 = b
a or r'\d'
r14 = 's' | None
r15 = total((+j and not 000 and 0B01100010101111010000000001010001000001011110110000000) and CamelCase(value, items)("d" ^ r'\d', data ^ u'u', end=items) and ('a' 'b' == total) | név, *(True not in (123545670.)) ^ x - größe or - (not n) or value << (not result), reverse=π // total | -async if 0o445231670073644303201721 >> True and 2.5E-40 else 'é' ** (x + π), end=n, **({}(**len)).real)(()[:await:]((457125.479423 or k) << 0o2315766 + k), *0Xd17c4D9C669Ac829361beD15cd ** 386512.21071 | (r'\d' ^ 0B0 if y else 'a' 'b'), reverse=not False % (név << key))
r16 = -(0O74 >> await or obj)
r17 = név if obj else False, (not a) // (obj ^ True)
not c and 'é' and not snake_case_name
r19 = value & .37597205
r20 = 533546291. | print
r21 = [].value if (2.2250738585072014e-308) ** (print ^ 0000) else '\n' // total / (z + (0B1110111111101001101010100100))
r22 = ((0x0e1AC3be0b0aBbefDdC953e) ^ y) * (π and j and total)
CamelCase or 0000
r24 = data.append.append, (CamelCase or "d" or data) ** (key and u'u' and print)
