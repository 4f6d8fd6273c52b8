# Generated: expressions mixing every operator level, set 35.
0o175 % größe << count % items
r1 = obj, {b ^ b: 500716.476491, n ^ u'u': not b, 99999999999999999999.0 ** node: k << True}
print[lambda p0, p1=x + 1, *args: _ ^ b'b'::async * (snake_case_name is z)][(i >> 231) // 'a' 'b']
result
r4 = (not not 'é') ** ((value and "d" and "d") ^ (r'\d' ^ ...)), 0O57 | 1e22 and 678189.309822 >= 3686874952696100596963318196780950074153
r5 = + (z <= (0x073a26F7Fcd6a) is not result <= '\n') ** (lambda p0, *, p1, p2=x + 1: CamelCase)
r6 = größe(((r'\d' if result else await) >> None / π) ** (not key), (await or größe) ^ b ^ (not 's'), *((not print) is név ^ größe) ^ (0Xf4DeAa18D7D32cdEbC18 ^ (0000))).ŝ, not not snake_case_name
(π | total) ** ('é' in 0.0001)
r8 = (- 0b010000000010111010000011111111011) ** (1000000000000000000000000 if 63010908386992966124336697897571 else 557714647.0) <= (7929170041846149304029058116 ^ 0Xc2A4ADeefe6c52Dc74d281eCAbd9DE or None or 'é' & result) >= b(value if k else größe, k='a' 'b' & await)(end=data)
r9 = not b ^ π, 3632680206 not in ... == k >= print and (0B001011010000011011111010) & "d"
r10 = lambda: + (j << _)
r11 = i / value
r12 = (000 or async) and (x and __x)
's' << snake_case_name
r14 = 0xaf3aE02Eb0b9D647124ADE9 == __x != (0B0110011001110010010001010111111011110010001011101000001000), [data >= b'b' is self < név for y in y ** "d" if 941808248. for n in snake_case_name ** x]
r15 = ((486898.510114 if j else (0O2173761134232340253606)) - (not 2.5E-147)) ** (count >> False & π) | (z != 's' <= (self if 0xa25 else 's') <= key + CamelCase) ^ (r'\d' | ...) ** (lambda *, k: u'u')
r16 = + (0000 | a)
r17 = count[~ b'b':a](CamelCase | total, '\n' ** 1E+292j, u'u' ^ 806373778., default=- CamelCase, sep=0B1111000101001111111000011000100101001101110111000110101000000101011110)
r18 = 0B111100 ^ i
r19 = {701319189.0 ^ (5e-324 and obj): len + x ^ r'\d', 'a' 'b' & c | (58302468569897288751333818690133 and 366984939. and größe): {}(0O32163511463176641 // k, -total, b'b', reverse=j ** result, end=data or (457507797884019284707222876452053703) or 1e22).ŝ, 'é' >> False | ('é' and True and név): (lambda *args, p0=(1, 2), p1=(): snake_case_name) << (0O30157455401503444647044 | 's')}[obj & x and i:('s' | __x) ^ 9.E+39, :- (646231106. << 748288838313422294120286634350736906063837462003712)][obj & _]
r20 = (await or 'a' 'b') | ("d" or y or név), CamelCase('a' 'b' ^ u'u', end=count & k)
r21 = print(not (None if a else value), end=len(value, 0b01100110000011101101111100010 | r'\d', b'b', sep=async >> _, key=CamelCase, **405265134.0 or a)[value << count:+print:,]).x.items & (((294888.526011) / ...) ** 0B000100 | total ** n << - len)
r22 = __x in r'\d' in (0O7530071457221) or k or value & .5E-387
r23 = __x
r24 = (not a) < __x ** _ < 0E-328
