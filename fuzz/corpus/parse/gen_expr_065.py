# Generated: expressions mixing every operator level, set 65.
r0 = - async not in '''t''' >> c if -'a' 'b' and c else (result or 000 or None) ** (797285359274898701234356185 ^ größe), (False and 10000000000000000000 and x) is not snake_case_name
("d" | +snake_case_name) ^ False ** b << +u'u'
r2 = (név or 0b111101001011100001011001100 / None or 0x62DFeBEe643b15cdfCBaCdBE & 'a' 'b') << (360j | CamelCase, '''t''' or count)
r3 = '''t'''.items ** ((True & (00)) * (not .51099537))
r4 = lambda x, y=1: False
r5 = c - k | print ^ c and (b'b' | None) ** (await / i)
r6 = n(+j ** u'u' for y in (55150276528640033452750646,)(key=- x, k="d")).left << ((a if not 878j else 5e-324 or 0o647701410600153) & - ('\n' != 114171280731126860726))
r7 = π if __x else obj
r8 = +9.E243
(node and 950087.810855 and '\n') & ('a' 'b' | 839011854058376867318932213988934) | (not größe) >> (π & 529j) | ((+z and not False) < (total or True) ^ ('é' and self) is not (1e23) ^ 00 ** CamelCase > (lambda: 0E-355) ** (result - None))
(0X694)
r11 = _.left
r12 = result(None ** '\n' | (result | y) for n in 0x58e53ADC934C and .614879458 or név + __x or (0B00011000010101110010100010010001110100010111011001000010000100100111) ** False)(_ ^ ... <= (CamelCase is (0000j) in async in result) <= key ** u'u' >= a ** data, key=True ** (... or _)), π(value if r'\d' else (58163857276450515369331980), ..., k or (421197503.0j) or y, *not 0b010101101000000100111111001100110010101010, reverse=u'u' * i)
r13 = not 0X1845a2b1842EFb95a7aBd9d, (value + False) ** ((.5E-378) and r'\d')
[](*(count << await) - (0xfaCbB6e34ebe2Bf92 - i)) or not not 0Xdc549f19Ac5 or not (not obj if "d" + r'\d' else (0o266073) ^ π)
r15 = not b'b' < False != u'u' and j ** π >= (count == value > 'a' 'b' <= ...) < 000 << _ and (0B11011111011) ^ False
r16 = '''t''' << (items or π or __x) and b < 854285848. - u'u' is not (_ <= True)
r17 = (key << __x if (1E67) != név is 's' is not n else async) and {}, count(snake_case_name ** 0XDBCf8E28Bd3fDcB320, név * y, end=~'a' 'b', **z).x
r18 = (x in j == b'b') ** (result and '\n' and len)
r19 = async == async >= 81j
+data and (k and b'b' and (0O4454474)) and 's' ** név
r21 = ("d" ^ 0O66556677) + (x | y) if not -self else result is i or node & self or -"d"
r22 = total - 840167013.J
~ total << [].next.value
r24 = (not (c != 0000) ** key) % ((783j & items in b | 0o012142202526776 not in 'é' << "d" == (total or b'b' or 's')) / (b'b' >> (k & π)))
