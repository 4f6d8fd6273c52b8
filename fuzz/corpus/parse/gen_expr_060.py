# Generated: expressions mixing every operator level, set 60.
r0 = c[:(~ snake_case_name if (700066.696971 if 'é' else 484062.671010) else a // 570481884) > ((j or data) and + c) >= {_ >> k: (0O76724441353424043565) for (key, key) in items if (... if (0) else '''t''') if 0b110111100000100110011011001011010100 + i} != (key and len or not größe or 's' / 1e22):]((0b11010101101110011000110101001011010010100001011000011100011001101 ^ __x) ** (92290212876796) & (π % False ^ False & größe), (z & größe) >> (y & (0O076)) | (not b'b') << result, ((0o2155246047543 ^ len) >> (count << n)) // ((00 | i) * (items & value))), 1E+59 + b'b' | True - self
r1 = ('\n'[b'b' < r'\d'] | 'é' ^ 0B1100011001001100001111011101101001101000101001011101011001011101 ^ 0o706000370532622362 & (0o31070)) << (név < +j != (not value) if not (208924793748675325629359900758230J and j) else + ('s' or ... or 0B0110100)), [j]
r2 = u'u' ** j // (1e22J ** total) ** ('a' 'b' if result else j) or ((0000 and _) and async) << (result ** größe,)(reverse='\n' and self) or (0O2157476557655334) // (not value) > total >> snake_case_name | ((0b0000101110) | await) <= x(k=total ** total, sep=True if (0b000001101010110000) else __x, **self << print)['s' | True:-j:0 - (977j)] > (lambda *a, **k: b'b') | y ** i
lambda: b and n and c
r4 = név - data and (788430.796520) / data and név
r5 = ((z is not key >= key) ^ 's' >> print) - (96233450605382016152165680970965 - False + (a - items)), j('\n' or key or items, x, sep=0xacD38a2fe33DCaFBB and n and '''t''', key=total and len and b)[... and r'\d']
'a' 'b'.ŝ(async, *π // 'é') % ~"d" * i.real
r7 = 's' ^ u'u' ^ (lambda: név)
r8 = not (not π) + (0o051470353365566656327)
r9 = not '''t''', node
z + 428174.948470 & node
-(u'u' / z)
r12 = -(None // await ** snake_case_name)
r13 = x
{- 233j in n is ~await in 515j | True: (key ^ j for k in "d" or obj if key << 163j for größe in 0o3101346153454771 if total / items if r'\d' for count in ... >> '\n' if b'b' and u'u' and "d" if '\n' ^ "d")(*550j if 's' else k, reverse=not b) for k in key >> _ | i if (None if '''t''' else items) & i ** .708137936 for async in (196159429230833773869868419475239575503198607639501078528 ^ async) & .516211743 * 's' if ('s' or print) or True // a}
(items and items and obj) and not 'a' 'b'
r16 = b // ((key != '\n' if u'u' else (0B1000000100100010000011110111111010010000010011111101111100011100)) if not -key else (x is '\n') // ('\n' >> 436965.40748))
"d" ** True
r18 = + ((0Xd4DCC662f41603aFDB15Ce0BB < 000 ** k <= (b'b' if self else node) > "d" & total) >> ((not '''t''') is ('s' and 'é' and 0b00000101) is not (.229887127) ^ 1e23))
r19 = lambda p0, p1=lambda: 0, p2=x + 1, *args, p3=None, p4, **kwargs: not 9.e-128, x / snake_case_name and snake_case_name - 68171711.0 and (key and i)
(x & (not async)) ** ((n and None) + 0X54D0F)
r21 = ((data & b) ** (k - 0X3D4A6b8C9adc7A3B2D4B02F1C02) if ((2.5E400) and j, "d" and '\n' and 0xbc, x and 0b1010111010111001000000111110010010111100010111111010000101101111111).left else ~ (not b)) in (not True // k | 1000000000000000000j) == (0b1011110101001101010100 or c)[data / total, y and 'é' and π:i and 'a' 'b' and CamelCase:0O6732, u'u':result >= key][u'u' ** False:] >> k + (_ > total), ('''t''' <= _ > y in CamelCase) | j
r22 = +b, x(sep=x | total)[total ** self]('é' / True, True & ..., z | '''t''', reverse=a ^ z, end="d" and 0B1000101110111010010011)
r23 = (+k & (r'\d' > __x >= 'é')) % k[:].next - (i and b'b' * data | (... in z is 's') and (False or count or u'u' for k in 60519741. if (0b11000) and __x and n if True | 0000)(reverse=total | 0B010)[__x + '\n':])
r24 = (x and (1e23) * 0O513204336010231351413) ^ -41748420355057836092419J << __x
