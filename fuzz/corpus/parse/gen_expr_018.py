# Generated: expressions mixing every operator level, set 18.
-((π or 1269629945675634616890484317326587) >> (0O72227636))
r1 = __x.append, j
r2 = len(print + (2.5E330), (450198.291973) / (0O6545014), False ** __x, *1e23 or key or 0x80fB4B0009CB, default=data >> 0000)(default=result)[not 37657491:]
r3 = ((9943881) <= 000 >= print < True) | 0e+264
r4 = c[- (... & (63656646059327083768271677288049609)):(total and u'u' and név) & a][::+ (π or True or 's')] - (not (count or 5915984269679559507453981103340449413290 or ('\n' if None else None)))
-key
-((not x & self) ^ [401251484. <= .876714484 < j >= key for j in b'b' * '''t''' for result in False % 'a' 'b' for node, key in 0b10101010110 or a or (0)].real(CamelCase for j in self and "d" and node))
r7 = node ** self
len
{u'u' << print for i in u'u' or r'\d' or total if π ^ r'\d' if (lambda x: 0e-142) for j in '\n' > 0XeBf1cFeb0CbC9CCb is z > név if y | 1000000000000000000000j if not obj for größe in ('\n' if r'\d' else False) if _ and 0B1001001000100111110011010111010 and 334926.299678}.x(default=x | π, **(550j) <= π)
r10 = a ** u'u' & (516839709.) ** async and 5e-324 | node % value and (lambda p0='s', p1=-1, **kwargs: True)
r11 = not value
r12 = (lambda x: not 9.e145 + _) < (lambda p0, p1=x + 1, **kwargs: data & count if not 0O24155502364642073076274 else None - (294j)) < (-(count & 'a' 'b') and π ** 0O703 / π and node ^ (True > node == b'b' not in False))
r13 = __x | True
r14 = 5e-324
(x or + y or 0 and data) ^ (__x & 00 or ~ _)
r16 = (count * 00 & self) ** ((not snake_case_name) * 0.0000000000000000001)
r17 = b'b'
r18 = j / (items ^ async) & - r'\d' << (505755781.J & False)
r19 = ~ (.384895259j + result ^ False << 1e23), async << (0E+181) and 0e+295 in (2.2250738585072014e-308) >= items and π ^ 000
- b'b' - (((0b10011101010000001011011110011) or '''t''' or await) + (not len))
await in ... in π
r22 = data(*True ** j, end=0)[693978.249427 << 's'] & (not 'a' 'b' | größe) and (('s' or 0b111100001001101100) ^ z & False) - (items or 631133136.0 | y), [b'b' - len for obj in not i if data // π if snake_case_name for x in False & i for items in len].left
r23 = (856487043 % obj) ** ("d" | "d")
n['é' << ((99999999999999999999999999999.0) ^ π):y << total | (k not in 1e22 > 000 > self):(snake_case_name | (196348.114190)) - (total & node)]
