# Generated: expressions mixing every operator level, set 7.
r0 = total // π, c(sep=k ^ count)('a' 'b' ^ __x, data & total)
r1 = (__x and 00) and (1e+146 or 0e127)
{('\n' if z ^ x else 0XAaf8b2e0cea3A25E032 // u'u') - (count and 921j or 'é' or 1e400 ** 'a' 'b'), k ** (x | 506j) or ('s' / 0.00000000000000000001) ** value}.attr[:((767480.793050 | 0B111) >> c for items in b(lambda: '''t''', k=1140828537924019500, reverse=+j).ŝ if ((0xEadCdbCacbA3d24F78b) | 347059.892741) & total).ŝ[::async & (not b)]:]
r3 = ('s' & ('é' if u'u' else __x)) * result(0X7Bd6aC12aeF244D341D8fE9bF1eF6 & None, count % 's', név, k=10000000000000000000)
9.e-186 ^ total
r5 = c[u'u' ** len ^ key ** 0o2737]
r6 = π
r7 = total
+{(2.5E-88) - c & (0O1 or y) for snake_case_name, obj in (async >= 0o61022064243141766431037) | (not True) if 285945.764845 ** obj >= b'b' >> 'a' 'b' for π in +-"d"}.append
r9 = not ...
r10 = 10000000000000000000000000 >> '''t'''
b'b' - print
r12 = (233517010.0) % key or név and key and y
r13 = key
total + 0B0110101011010110101001101001010101001100100011010011110100 if k else + ...
r15 = value - b'b'
0O736437757 | név
(.97393760)
-(node if True else y)
r19 = (748515669.j >> név not in "d" ^ n) + (not (b and k and 0o1507557373)), x & - 0e41
r20 = (0o31 or 'a' 'b' or len) ^ (név ^ 0O7)
r21 = k ^ self
await // ('é' // 951998.663047)
r23 = lambda p0: node[not value,][:result + r'\d'] | value.append[(715892425.)]
async[(j | ...) // (a & 167002.255592)] / (lambda: n and count << "d" and 'é')
