# Generated: expressions mixing every operator level, set 55.
r0 = 'é' >> "d"
r1 = π[0O27 - b:'a' 'b' if j else '\n'](649037107316853453566312041152512, *value, **b and total and 0000)
r2 = key(7883, i & total, **not 'é').attr
r3 = node | snake_case_name
r4 = items(név or 0o01223667420061347532 or 's', k=True, default=név & 'a' 'b'), c(reverse=név, k=-9.e-240, **False if 'é' else None)
r5 = count & obj - 'é'
r6 = (len if count else 0x9F924AcA5CEC7) + (items << b)
r7 = 000 << 1e22 << total or (lambda p0, p1: lambda p0,: r'\d')
count | (("d" or False) and not "d")
r9 = snake_case_name.items
's' if 's' else 0b00110001011011001110110101101011000
r11 = key(key='s' / b)[-result](not items, 's' or _, j & _, end=None if b'b' else key, default=(306j) ** None)
(not -(0E+42 // None)) - ((i + 0O6224241472 or (y if obj else '''t''')) or r'\d' ^ 'a' 'b' - 629993099907148022460277507071539 or (r'\d' & False) + (value & .527698827))
((a not in .604975775 >= '\n' in "d") < (not 58520.6672) not in ~(975j) if print[value is not név == i <= 's'] else result[0xD22b3d1d3B7fC7304A2a314ca08F3C | 00:'s' and (0B0101001000111001)]) and async >> 98 >> ... + False ^ (k > print >= None is 0x495DFECD6B7B12B4bC6FcC1A) // - count and (n >> key | (lambda *a, **k: π) or self("d" + total, 1e+45 == ... is 'é' >= y)[...][(369703462.)] or 0O1355576723 ** k / (__x or _ or c))
((__x and u'u') and (.5e276 and 0XcB64fb18CF71885e3E58F3)) & (u'u' ^ key,)
r15 = ((196444.490001 if "d" else 0o674) * count if 'é' ** 's' & (0Xe620eEfA9C6b5da0a09ae8) else (__x or 0e+242 or .5e-154)(*c, k=print and π and größe)[..., ::], (result != r'\d') >> u'u' / self or key <= print + 0XCbeC9E3011 >= 0b00011111001101010100 & 'é' > items or z & (node & .5e19J), items[::'s' ** 'é' - (a | z)][(y ^ (1e22)) / (u'u' | i)]).attr, {348192311823488454990173113365 + count}[976739390586613679321741010013211767 ^ c][self or b'b']
r16 = self ^ key
r17 = y and 93392.171085 and count, "d" ** c ^ (True ^ 348494045503051332282865252043623)
r18 = - True
r19 = 0B11101011000010100000001 in y
r20 = (print is not _ not in print in 1E296) & '\n'
r21 = 9.E-3j
r22 = data | data, größe - await + n
r23 = {'\n'(__x <= total != _, False >> 931516035., lambda x: x, key=items or 0x9E0f1dFEB9eff or obj, **48099162763659490 + n), b'b' ^ _ | __x ^ j, (None and i and 21361542568) - (False + i)}
r24 = ((0B1011100100101111100000001101101111100110100011111100) * größe << False), self[y ^ 0x1eCeaED42C4E76DfAE1B].real
