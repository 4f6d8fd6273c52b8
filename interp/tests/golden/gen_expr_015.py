# Generated: expressions mixing every operator level, set 15.
r0 = not 'a' 'b' and r'\d' is self < 121515698.0 == a or (not async) ** "d"
not (2.5e+160,)
r2 = [~ ((0b10100010001100111010110100000101000000100 if obj else ...) >> - z), (b'b' or obj & név or (92168318121790074341003335088 or 0O2 or 285713.877390)) not in (('a' 'b' if r'\d' else async) if i ** 0xa1B9cd92A else "d") is not (key if not '''t''' else print > 0X1cFA < y), (lambda *, k: a) << ('é' in obj not in x <= i) / (not (97779653990753))]
r3 = 759867.680199 ** (x < 356j <= __x) not in self != z("d" ^ total, *682253.87086 + r'\d', sep=async ^ len, **key)(10000000000000000000 ^ len, "d", 2.2250738585072014e-308, reverse=False > 0e-271 > u'u', k=len % __x).value is π(reverse=0o70630632400741 - False)((1267650600228229401496703205376) | größe, sep=π if True else 's', **len if (519j) else '''t''')
[(715j and π) & (not (916364630.)) and not (k or items) and +137119204. ** n for self in key ^ 98994770885001811843 | (k and '''t''') or ~(False | u'u') or u'u'.value[node ** b,]].real
not ((len | 'a' 'b') ** (__x & x))({total - obj: 0o011316612 for c in 0b1000001011011111111000101111001010111001101001110000 & items if False not in i <= c != self for self in 0 for print, items in len is not "d" > b'b' if x + total if 'é' ^ obj}, not 'é' and +k and ... - 9.E-61)
(~(87813050 | größe) | n) % (-(i >> 61748299931042473208698372029) | (key | c == 'é' / '\n' > (not len) not in z))
j[:(not r'\d') ^ {0B00011010101100110001100 // total: 9.E157 >= 0O2023573630050330420 for _ in +False if 'é' for len in -y}(π % "d", 'a' 'b' - _, count and u'u',):k.next][lambda *a, **k: + (data and CamelCase):]
data[:True ** '''t''':z or async]
r9 = not 633726.321242 ^ (not '''t''')
r10 = lambda x, y=1: +len & (561152.464013 ^ node), 247787.564206 != '''t''' >> y is not async ** y not in 2.5e100
r11 = True ^ y in 0x4DBbcbbC & _ != 'é' + count == (555795189.) + False
r12 = items('''t''' & count, *__x, **i ^ value) and ('é' if 87238735919702256778966484 else '\n') not in y is not c & __x == async and 0e68 ^ (0B11100000)
r13 = ~(0O2 ^ 948740.63412J), (None ** 00) ** r'\d'
__x << 724567.991196 ^ result
count
r16 = obj / (név | (2.2250738585072014e-308)) or ((903238.779425) & None) ** (... and 0x875Bd3BfCBAAbd3FD7397fFc and 0XDB)
((not (74492039.0)) <= -False != (lambda p0, *args, **kwargs: (95780971304118053647396689196894323976171195136475136))) & - ~ None
r18 = {x for data in print(~await or len is total is not async is 'a' 'b' for π in (0B10100100011011110101100110100111101101001100101111001011110000 and i)) if (__x ** ('é' & 0xb2deA27)) ** (9.e-235 ^ node | (_ if len else 0b1011000100011110100001010111011101111001101100110011001010100)) if ~self // ("d" ^ 6471387139227) | (not 1e23) << (59542657533501329161795559319334197 >> CamelCase)}.ŝ, lambda p0, *, p1={}: u'u' - 574907525.0
r19 = data.next not in ((000) and 'é' and a) % key, ('\n' if c else j) and CamelCase ** value and (n or key or node)
r20 = node(... and 0B011010110011101001100111001111110000000010111100111010100010 and 0B000110001101110000111011011101101011010010011000100, default=0O26407456 // n) or 'a' 'b' * i / (node & j)
value.attr.ŝ
r22 = lambda p0, p1: x
[(z ** snake_case_name) ** (None % key) for __x in 42535295865117307932921825928971026432 | self == (n or j or data) == __x ** u'u' if (517j for count in j / 2.2250738585072014e-308 if a & count for len in 5e-324 | '''t''' if __x | count for z in (lambda: result) if r'\d' if self or len) for (node, c) in _(445597.298496 & len)(lambda: '\n' for y in x & x)][(None != True) ** (self and async and a)][j(None & count, *not obj, end=lambda *, k: k, key=+π):k ^ (result ^ result)]
r24 = print and _ and await
