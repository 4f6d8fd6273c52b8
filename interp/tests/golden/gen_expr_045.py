# Generated: expressions mixing every operator level, set 45.
r0 = [(z or n if név & b'b' else count - 's') >> -(.814642126 & result)][...(end=(lambda p0, p1, p2=x + 1, *args, **kwargs: _) + (z & 'a' 'b'), default='é' | None / y)], len
r1 = [].ŝ
r2 = ((not z) & (not b'b')) - ((lambda x: True) & 310j - False) and (j if 0O3017303663561767556710 else (2.2250738585072014e-308)) | "d" ^ value | (lambda p0, p1=..., *args, p2=None, p3, **kwargs: "d" if größe else 0) and not (j if _ else value) ^ (lambda x, y=1: ...), 'a' 'b' | (365375409332725729550921208179070754913983135744) >= 0B011011001011100111000110011010110100110010010111010011 ** y
r3 = ~ (237227.410663 - (1E-1 or total or obj) if c or '''t''' & __x else not '\n')
r4 = 0
(+ (data + '\n')) ** ((node ^ k) << (820980 >> print)) is π is [{snake_case_name or y or '''t''': u'u' * data for (c, async) in len if obj for k, node in (0X00bB63Be7A3dAD9D4C) ^ "d" if obj if -0X824D5Daeb6a7EcD2190f for (n, items, print, value) in (789789232.) if not result}.value, ~ 5e-324 if 's' - '''t''' else r'\d', b'b' + (None or value or len)] is ('é' + (663j) ** key) ** (not (838368795.0 if 636j else '''t'''))
r6 = _ and j and 0o4065443 or 1422813 >> ... or async + r'\d'
r7 = j
r8 = (len ^ 0xFA57) << 0e-311
r9 = j[{count | data for π, j in a | név for (obj, a) in 'a' 'b' & items if not n if value for (j, self, result, print) in (True if ... else 0E-216)}['''t''':0e-192 and ..., '''t''' if 0o61503265402 else ..., False ^ __x][...:π or node] and self >> r'\d', ::key.x + ~(result ^ 1180591620717411303424), ~(j >> (False ^ False))].x
r10 = i or n or z ^ result, __x[not b].append
631j
r12 = (i < név) ^ (.815747197 or 0O0377770300)
r13 = c in x is a
r14 = {}
r15 = -(-(i - 83428041447) ^ (.705023321 ** i | (b and név))), -(result ^ 5e-324)
r16 = größe
r17 = 6129982163463555433433388108601236734474956488734408704
(1e342) / total
r19 = ~(not név) and a - ((0) >> n)
r20 = größe.real, key / x or k
r21 = ('''t''' ^ count | total) - r'\d' // (875j) % 92814749413264439035
r22 = 0B1101111000011000001000011001101100110110101001010000010010010
await if b else b'b'
r24 = [key((obj << r'\d') // (b'b' | 546448126627416650910672027), sep=z[lambda p0, p1=[], *, p2=lambda: 0: u'u':None and ...:node if total else a][obj if 200907 else async:b or (0xC57df) or (892622256.):, :, print:0o51025244651063177771 and True and y:], k="d" >> data is not 's' | False)[:+ (0.000001 | (0))]((self | async) * result, (u'u' ^ 00) >> (r'\d' != π >= (446j) == c), (0B0100010010111010000101100111000010001 ^ None) << c - b'b', *((2) & 2.2250738585072014e-308) ** False, default={}["d":]), (lambda: .5E+42 ** CamelCase) or (False - ...) ** (not 0xCDdde6ec189026A111beB53beF0)]
