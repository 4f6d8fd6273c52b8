# Generated: expressions mixing every operator level, set 11.
r0 = ~ ((1e77 and 2.2250738585072014e-308J) ** (lambda: True) and (lambda *a, **k: False - '\n'))
r1 = not 854691.944118, "d" ** u'u' >> i // 0B0011000110100011001011
r2 = 5e-324 * b + k
(not 's') + größe ** z
__x
r5 = not snake_case_name
r6 = key, (snake_case_name & u'u') ** (not (9.e289J))
r7 = not items ** b ^ __x
r8 = 736741148794
self
r10 = (not __x)(π | items, await | await, *~'s', end=async).attr
- obj
r12 = (_ or 7532) ^ value >> 1e23J
r13 = items ^ i ^ (251810490.j | z), not (0.0000000000000000001) - obj
r14 = + None
.275394807 ^ c
r16 = items | async | (.390880053 != ...) and not not 0b000110000001000001100101000111010010100 and result & ... ^ (b if y else False)
r17 = (not größe ^ a) << (snake_case_name << len) ** (not total)
r18 = (00).value or (1e-169 >> név) * (False if 0XA7f9DDc else 0b0010110011010101101000100111001101010000110110001110) >> (result & 0O416466 if ... == ... else r'\d')
r19 = len or c
r20 = ((((0o654235401630344034746) or (.615225971)) | j ** b) ** (lambda *, k: not x)) ** ((1e23 > r'\d' > n == 362j) * items is not (not c) + 0x8 / print in (462536.772748 in 451644.115176 ^ 0B11110011001100000001010111000100000 not in r'\d') >= ~(await | r'\d'))
r21 = (False and 283026.876194) in (not 'é')
r22 = -y * (x & value) or None + 19104.449703 or key['\n' if b'b' else items][:n >> 1E-390] if (value(*'é' ** 8552519439624, reverse=(947194.894920) | 434251753.)(False / 1e+43, *value and count and total, key=0xeDBdba96e6f4 or 0O24201631331062).next if a(i - a for count in __x and (927355696.0)).ŝ.x else '''t''' ^ n) else not key or len or ('a' 'b' ^ async) - (j if .576964556 else len), (r'\d' ^ await) ** b
r23 = 'a' 'b'
r24 = (lambda *, k: await in (not key) in async % len is (b'b' if 281256581.0 else self)) or items(*(00) ** async and (len if π else π) and (197786.460719 and k and '\n'), sep=485770776.0 * (total - count), k=('é' | π) ** CamelCase)(- (k + async), sep=+(value + 9999999999999999.0))
