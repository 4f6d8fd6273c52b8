# Generated: expressions mixing every operator level, set 49.
r0 = π >> (not (571740835242843326768773021)), not self
243644.489632
r2 = + '''t'''
(async << result) ** (a > u'u')
r4 = (not r'\d' for π in await or obj or név for (x, result) in async if (.5e+316) if data ^ .538414885J for x in k or None or r'\d')(i is not c != i, not count, **r'\d' | await)(async,) & ((__x if 's' else 2220521228020677816117605789) >= (not (0o260)) not in b'b' // value) or ((u'u' and '\n' and 0000) & (k & total)) ** ((not 0xfe7FFf3cccD95da383eE) // ('a' 'b' ^ (0b111011011110000000))) or + 000 << 's' / False << (π ^ self, j == result != n), π ** n & (not "d")
r5 = (result if _ else 1E+215) and a is not None, x(lambda p0, p1, p2=a.b, *args, p3=lambda: 0: snake_case_name, r'\d' if True else snake_case_name, k='é' or 72926609351507234877182364541051987 or x, end=b)(*(356111.727994) / await)
r6 = '\n'
r7 = b'b' ^ b, result ** await << (None and b'b' and False)
r8 = (x ** await | (not '''t''')) ** ~ b
r9 = obj ^ u'u'
r10 = (not 5e-324) << (lambda *args, p0, **kwargs: value) + (total and 0b01 and b)
r11 = ... ** 0o47072302110412671003 and (0Xe and 9.e+268 if 0 + '''t''' else not y) and key, (False | _) & 0O20427045125070112
r12 = 0o177526732224451436 and z
value
r14 = j not in -i
r15 = ... & self
r16 = total
r17 = data ^ total | 0O260542207114311 if await[..., not u'u'] else not (lambda *, p0=x + 1, p1: név), (_ if y else 0xb2C6f5EE3) ** π ** data
r18 = größe ^ '\n'
r19 = - (((1978094978818394937402555185888) or b) << (577074.804885 & y))
k ^ r'\d'
r21 = (not (lambda p0=1: self)) << (979475.592396 >> 0000 << a) or value or b.attr % (0b10000101111110101000001110010010010111100101111011100100010110010010 // y)
r22 = not ("d" or n)
r23 = total >> a if 0O01 + i else név
not k(count * 240020315., *2.5e+341 ^ b, reverse=0B1100001011011000111101111100001011100010101000110001001111, k=self if 'a' 'b' else True)[(0B01000000001100010001111111111010000010111110001101000010001110011) - z:0000:c != 'é' > π >= node](self, node, None & '\n', end=b == total, **'s' << 0000)
