# Generated: expressions mixing every operator level, set 58.
r0 = {}[(74907.68565) != (not len) != (i and 0b0001000000011001100101000100010100100000001) != 0x7EF5B12795ea4FA58858:,]
r1 = (0)
r2 = await + '''t''' ^ async * u'u', b and await ^ u'u'
(0.0000000000001 if 0o4577 else r'\d') and ((999999999999999999999.0) or None or x)
r4 = j ** b'b'
r5 = len ^ await
result
r7 = node(('é' if 0o231677735 else "d") / (b if .459670866 else 114168.853720) for a in {}[node >> b:(1e23) ^ 'é':][:'''t''' & 'é', key * obj, 2.5e+211 or 0x8D37Ad4])[:], not 890846901.0j
r8 = ('é' or print ^ (False or print) or π(r'\d' | count for self in '\n' - True)(len)[...]) and ((0 and items) & (n or __x or await) or (z ** 0x0b if 00 ^ a else await) or node(default=not 's')(698826.919982 // größe, "d" ^ 51406301641226583861542, key if 'a' 'b' else count, end=π - None, **~CamelCase).real)
r9 = y, (False != items >= 5e-324) ** (snake_case_name + True)
r10 = result and r'\d'
node or None
r12 = __x
r13 = (0B0001101011011101100000010111011101011010110001001111000101001110110011 if név else größe) or 'a' 'b' or (u'u' if 'a' 'b' else 0b000), result ** total << result
r14 = not (~ 'é' or print and __x)
"d"[::, not i:(91883899789591037328453964501671624732)] << ['é' ** await for total in not False if __x - .389585254 if await and 0b111111001111001001100001001010111101100101011100111010 and 2.5e+48 for count in not print].real.x
r16 = ((not x) is not print / - data == ((474414.334939) // a >= 0xe30A9cb not in key not in (.5E-34 is (0x8EcBcEE6E2AA5fF3c89c0b) != π))) >> (- (len ^ node) | - total / a)
r17 = (+... for data in (__x ^ b'b') & (value if u'u' else 2.2250738585072014e-308) if (0O2 + r'\d') % (lambda p0, p1=..., p2=lambda: 0: i) for c in 181249068.0 > obj <= 's' & await != 552j >> 1e+307 if not snake_case_name <= a).real // (π | 345922.725631 is not '\n' if x.value else CamelCase)
r18 = n, _
r19 = (lambda p0, *args, **kwargs: 8659020515134904073) != node ** result
r20 = u'u' ** (0O42422203561231105107)
r21 = __x or (532j)
r22 = [lambda: 000 or "d" ^ print][i], {'é'}
r23 = 0o47205157222 // - 1e23 & (0O705 ^ key < ('\n' is count) <= 0B1001010101011010001001101100010110001001101010111000101 >> len) & snake_case_name
r24 = value.items, b'b' + 's'
