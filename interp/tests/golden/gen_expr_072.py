# Generated: expressions mixing every operator level, set 72.
r0 = not True
(c <= r'\d' == total) + ~ result + (i >> '\n' <= ('\n' is not '''t''' != (556605195.J) == ...) not in 0000)
r2 = [c % ..., not u'u'](b'b' is 0o23053261212307410720 != a >= 986791.488885, sep=908392694.0 not in result, k=0O0555500 | 627j,).attr / (c / items % (_ // 739787.537634)) + (not len) ** (lambda p0, *, p1: - print)
r3 = snake_case_name ** await
r4 = név % '\n', k - név << 374144419156711147060143317175368453031918731001856 / π
r5 = await[k | u'u']
38807752661073534062334 - z
r7 = + "d", n ^ result and (c or 1e173 or snake_case_name)
r8 = (not data) ** ('a' 'b' + "d")
result(1e22 - obj ** (j ^ self), key=items[:](+ (True / __x), False - 'é' | '\n' << data, sep={'''t''' and result and await}.append, reverse=~(0B11001100000101000100110 & await)), reverse=n ** (key // 'a' 'b') - print(lambda x: π, obj + 1E+118, *40551.630937 or 127327355.0, key=not items, default=a - (0X7D56ddBf48a20859D))[név / total::'s' % c][not b'b'])
not '''t''' if 753062.221604 | self else π
r11 = ((y if True else 'a' 'b') and (data and y and név) and größe) | ~(0x737D985CA159F33A0acf74ebCBFAD | print) | ((not False) & (_ or "d" or a))['é' ^ key or (u'u' or 0x2712CaD8EBCfCCdfDca6ED):node + u'u' + (... if c else 'a' 'b'):not j // len], (0XbdB31505AE955eFC0DbbCCc9bE79 and 0O10204143) >> ~ größe
r12 = y % ...
r13 = (b'b' ^ ... | (r'\d' or 's')) ^ (not len * (0X2E))
r14 = (00 or data) // 0X7042fF4DFA9feDded4687
r15 = _ if n else 5e-324
r16 = items and 521255.777445 ^ a
r17 = value
r18 = b
r19 = z or "d" or b
r20 = +'a' 'b' | (key or z or c), not j or total
r21 = lambda *a, **k: node
r22 = key / größe, ((385736966.0) | 0.1) ** (00 and (0B010100001011110011110001))
r23 = a
("d" | 0xcf92506393cCE1b72B) ^ "d"
