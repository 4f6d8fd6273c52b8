# Generated: expressions mixing every operator level, set 81.
r0 = ~ (result and snake_case_name)
r1 = j
~((node if CamelCase else n) >> (__x and 946554539.)) ** {+7419600854938224270322249250878, '\n' and CamelCase}(u'u' & π, end="d", **+ π)
(00 ** 1e23 or +b or 0000 | k) // 0E-365[print << 'a' 'b':items if result else 'a' 'b':, ...]
r4 = k or 000 or total
await.left | node - (data & 93463)
r6 = r'\d' ^ a and "d" ** '\n'
r7 = 0E+386 << 1E-208 is (result and 0000 and CamelCase << print), ('''t''' & u'u') ** ... ** r'\d'
{await}.append
((not (663228.213678)) >> (i > 0B011001011101010110101000001101101111100110 <= "d" >= data) ^ (_ or 610362184. or False) << - y, ~ c if n / k or 'é' | név else not key).attr
r10 = u'u' << (y if y else (0))
r11 = CamelCase.items.items ** ~ (n and π), count(név >> 889553.377565 for b in ~(0B00010101011110))
r12 = {__x ** total is not (i is not count == None): (0000 ** ...).items}, (0o5316072124420700 << 355546.143071) ** größe
items((value or größe) and k != b for z in (total or key) & count << total)(obj[+b'b'](y | (0b010011011000000001110111001110111011101110111011000010), not __x, (0B01000011110110101011001010110110001111), *not data, default='a' 'b', k=név if c else 'é'), 804565.492330 + "d" * (0e66))[...]
r14 = (((23200.305628j) ^ π) & key if (print & π) + 's' else (n and b'b' and self) >> ("d" << .350473101)) & x[0xc35 - (k ^ 0o63503100144314)]
0e+12(key=obj - len, reverse=π | 8906872)
r16 = count and __x
[]()(obj and 0o2244077314172363650 if 0000 or items else y, (575j and '''t''') & (snake_case_name is not u'u' is 7355715640585 in 0xCBe3C7dc16f64BecEAF), lambda p0=None: n or snake_case_name, *async.next(reverse=total & 377188.768000, sep='\n' is 0000), default=y << 'é' ** b, **(u'u' or count or node) ^ ("d" < 643533.917602 is b'b'))
r18 = ~k, await[...]
r19 = 6472315053714946152972164740254814782(not items if n or 0O566600722041604643 or u'u' else total ^ '\n', 0O364055467676 > a is not (print or False) == (b'b' < k is not név), k=key / async == 94674439925944228433984307702213 & "d", end=größe * k) >> a((873316.465369) if async else __x & 00j, False & 'a' 'b' ** j, end=(len & node) ** 'a' 'b', k=True + 's'), snake_case_name[...].x
r20 = z % "d" & (True & total)
{}.items ^ ((not total) | (len | 0xF08fF3639EC3bAfAbE3f4)) != (a & 0.00000000000000001 and (len or y or '''t''')) / count(reverse=b) < ((z or n) ^ (n if 706j else 0000)) / ((848444.706252 - '\n') % (b'b' * __x)) == (result ^ key ** len <= [await for b, j, count in u'u' ^ 0B10001011001100111101001000011010100110011100 if + név if 's' is not u'u' < .902706656 >= snake_case_name for x in 00 if ... << data if items for név in not c if größe if y] >= +'''t''' ** 'é' is not 801432.919747 ^ snake_case_name ^ key)
None(b'b' if x else 613285169.0, node ** u'u', *.992439982 ^ b'b', default=CamelCase, sep=a).left
(-False and a % True and n - obj) & (0e+46 & _) % (π <= 1e277 < x == 0000)
r24 = obj('é' + snake_case_name, total if result else 153j, + b, key=36j) ^ items // (0B011111100100110111010100100001011111110000001) & π, (y,)[None::'''t''' * obj]
