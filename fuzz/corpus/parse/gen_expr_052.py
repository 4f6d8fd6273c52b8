# Generated: expressions mixing every operator level, set 52.
self
r1 = z + (snake_case_name ^ 0O220302736575137)
r2 = (0e+221 or 110235139.0) - (b'b' >= r'\d' in 0X1C1ACE3 is not 0xb4A) | - ((1879.348667) << a)
r3 = ~True
r4 = (print in obj) * (not __x)
r5 = not größe
(lambda p0, p1, p2=x + 1, *args: '''t''') ^ total ** 599j
r7 = data ^ b'b' | b
r8 = 2.5E-368 and (None if True else π)
r9 = (x ^ név in 'a' 'b' >= obj >= 103586.884296 >> 0O51333140076) ^ (result and (1e23)) >> 2.2250738585072014e-308 / n
r10 = ... >> x if 9.e-371 / '\n' else 'é' or b
r11 = (async ^ 0x71 and 0x68deF7b7C7D33E292eA299f29ddc ** '\n') ** (('s' & z) << ("d" ^ await)), snake_case_name(+754750388. for n in a <= r'\d')
r12 = ~((not + "d") not in ~ ('s' | 00) in (result | 0b011000) // (2.5E199 & 626554.79408) < snake_case_name(-(9.E+25) for print in (0) <= False == y < 'a' 'b')[... & CamelCase:len | result:]), (obj << z) ** data
print.x
r14 = π, 0X51e60B7cD25dDd7F52BD8A6 if print else True ^ None
r15 = -(π and y and obj if 000 else __x or 1e+350 or 00J) and (await & (snake_case_name or 0X5ffA4d1aEcAa4eEE6efF) for a in .152626749 % 'é' >> (.781287112 and 373j and node))[~r'\d' ^ (265258.955855 == j != 2.2250738585072014e-308 <= z), (k and None) - ...:key ** 496512921. ^ b'b' + len] and b - (_ | None or await != CamelCase)
r16 = [x, 0000 ** count] & +(a >> 383374509774941655640501436258703010) and ~ (0O770125512534 if print and data and 's' else z or True or a) and i
r17 = ([größe / j](*CamelCase or b'b', sep='''t''' and CamelCase, **print * 1e22) ** (not 2.5E389)) ** (_.attr < (9.E+70 not in y > data) - (True if result else "d") != 'a' 'b' ** 2.5E-7 + 9.e+323)
r18 = 565j ^ snake_case_name
r19 = (print and név and 0xB5b0C2C9bB) ** ((42937375535437133636) | print) & (π << 0.00000000000001 and ((0o6110154512656154133725) if (0) else 2.5E+25) and u'u')
r20 = + len
r21 = ~ c
r22 = count()[:((lambda p0=1, p1=lambda: 0, p2=...: count) if ~ 999999999999999999.0 else await is not ...) or '''t''' == y ** r'\d',]
r23 = 999999999999999999999999999999.0 ^ 1e+334
r24 = async.attr & ((True ^ snake_case_name) + None and {async | key for größe, b in not CamelCase if (0xD813A1c7eaBbDF21B9e) == (805686J) not in y if CamelCase - self for __x in j if ~'é' if 's' | n for y in c - count if async & snake_case_name if key + value}.next), [-'é' for _ in False | b if név + név for j in 0o6 << 402j for (név, (self, await)) in __x if __x and 0Xf16d0DcDaBBF46Be and 237j if név or data or z]
