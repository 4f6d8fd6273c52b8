# Generated: expressions mixing every operator level, set 5.
(async | None) + n
r1 = (0 or 00) >> 42232392079129139069291527 - ... or (0e+260[0Xc7ac0B2Cb1e2D1D2, async if 378172.77480 else "d":await ^ .5e-312:'s' ** 00, :427969.873557 <= (856994891.0) >= π >= total:True ^ True]).real, print & total if ... else '\n'
False ** (not result)
r3 = result((... & i if n & 877j else 's' ^ '\n') ** (r'\d' | ('a' 'b' | b'b')), +(i & (9.e+16)) % (not größe) ** (x | '''t'''), ((π or True) and (x if __x else i)) & (lambda p0, p1, p2=1: obj / u'u'), sep=(~ (y % True)) ** ('a' 'b' & r'\d') ** (00 >> total), key=(.490019603 and - key) >> (not key or None or count))
r4 = y
... | 0000
r6 = print & 0o77, {b: CamelCase // 1e23}.attr
r7 = not __x
obj and u'u'
r9 = 2.5e+288 ** b
(r'\d' - self + (total - 350j) and {k ** _, data not in (890j) < r'\d' < True, 694400.522131 or '''t'''}.left) | ((0O6536 or obj) ** größe)[r'\d' & r'\d' if not r'\d' else 0X9D8f024F6b8093EE16e:{k, 38864237. | u'u'}[items], not (000)]
r11 = (0e-328 and (n or await)) ** ((i ^ snake_case_name) & -(0e-85))
r12 = -('s' << 0e-354) << (node if (297225962.) else c)[not '\n'][count and z and 938556.284625:c, +(2.5E-39)] not in + (0O12377231625155730 ^ None) << ((lambda x: 1E-296) & - 0b100110110001110100010000101110010110000100000010011) != key.next == (value >> '\n' < (k and 653887547605073016977)) & (0b011010111001110101011010101000001100001101001111 is j is not result and n * 718518905.), snake_case_name or not total or z
r13 = +név - count if ~(x | print) else z
- ((0000) << n)
count >> (00) or j < x != 'a' 'b' or (lambda: 00)
r16 = snake_case_name not in True & async
r17 = ((1167441 and snake_case_name and 9.e-86) - (0Xc - count)) ** ("d" - (z + 0o531247207300))
r18 = ('\n' % 'é' for (__x, items) in '\n' ** key for z in False if +'a' 'b' if n for (self, (y, j)) in self ^ None if async - z if r'\d').value
r19 = obj * _, név % ('\n' ^ név)
('a' 'b' and j and 0o7) >> await
__x
r22 = key
r23 = not value and π + c and print
r24 = z | count, größe ** (j and név and 'a' 'b')
