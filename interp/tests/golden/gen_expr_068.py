# Generated: expressions mixing every operator level, set 68.
r0 = (total ^ obj) & x >> 548615021158813819355191239722931 ^ (.579870770 ^ async | (node | 0o3404000))
r1 = not (not u'u' and True << _ and False << k), + (627321.1150)
r2 = {not False | '''t''': (total / data) ** (0b0011001111001001101001000110 or None or _), not (b and 's' and total): 395314631857769456 ** 0 if 'a' 'b' else total ** größe, (0X3Dc6c6b5DD9eB05799AeD7) * 'é' if (größe if node else '''t''') else +(0B10011010000000000001011111011101100110000): +(False >> _)} >> k((j or (1e23) or 968623.691896j) >> (r'\d' ^ 0e-2), *{key, - async}, **a - '''t''' ** c).value
r3 = 'é' << "d"
(lambda *, k: not (lambda x, y=1: z)) and not (b'b' ^ '''t''') - y
r5 = x(~(not b'b') or név ** 'a' 'b' & (j | async), (_ & key - '''t''') * (108561.227154 ^ obj))(reverse=not (('a' 'b' if data else await) or 'a' 'b' // 0B0101), key=a('''t''' | 193929009., 10000000000000000000000 and True)[a:c ** len] | (__x ^ 0x70c39Ab7c | (0E+63)))
r6 = +(not y)
r7 = count > 6152120 >= '\n' is (0E+87) if 0o621771442450631267 else ~ b'b', b ** data ^ ~'a' 'b'
r8 = result
a
(not ('s' ** obj if (.199839726) / π else node + key)) >> ((2.5E235 if .541468265 else count) ^ größe & u'u') - név ** (not (9.e-99))
r11 = (0xb74Cc6c8B444EB560b0), obj > (00J is True)
{(j and x and '''t''') >> ("d" ^ total): u'u' | __x}(*[(000) for i, len in (5039790) ^ len for snake_case_name in 940240511.0 not in x is '\n' is not True if value ^ (0o47225160627315437) if .5e-6 >> 'é'][név if print else 703623.597377]) ^ ((value or self) // (self & True) and {0B00101 - node: y / 0}.attr('\n' and async and snake_case_name, result ** n, None << total,) and ((68525927433900063458614 and 695j) and u'u' < r'\d' > "d" is 000))
r13 = ((print % await or 100558.195072 | 505671704255170060482511) ^ (b'b' >= (647691.170325 <= a) == data in (z or data or '''t'''))) & ((print >> y if (0b01001111100110001111001) else 0xcFB3C1573480Ed7273C >> (0E173)) | (CamelCase ^ x).value[(0X78Fb46859CC7EE46b58eB5Ef) ^ a:, ...]), 0e89 ^ (35024177309860595402746138560924) ^ 57118.376070
r14 = -(n & (y if c else b'b')) | _ + (total and print and async).attr(b'b' or n, z, lambda **kwargs: π, default=node), (k if snake_case_name else False) or (0o61761053505050437663 if 0XF6b32C else (0XCca2EdcAc0eE73601e))
{}
- (not n | k)
r17 = not None ** k, a
data((count & async) % ("d" | j))
r19 = (0B00001011010010100001000010000001011101000101001111101001110111) in (613726018)
r20 = not len.items
(value & node == (... and None) != node ^ c < items) ^ (z != név != i) & (__x & CamelCase) | b
r22 = 776896548.0 >> data, y and név << total and not 1000000000000000
r23 = (389077218.) not in 931380.893132 != i not in π, +obj ** 0b0101101111100001001000001111
r24 = {y or ... or await, value}[x >= 's' < .485400993] ** (not r'\d' << 966j), CamelCase((0X1d4ca6B03Fc) ^ total for n in (lambda *, k: items)).ŝ
