# Generated: expressions mixing every operator level, set 57.
r0 = (~ '\n', 'é' + x or not (0O511341160461125435214574) or (items if items else a), {b < r'\d' for count in 's' ^ π for a in ... or 0.0000000000000001 or items for __x in not x if 0O66705723132124 | node if x}(sep=CamelCase if a else 0XA0ADe16fc2fe3a6340D2Fb).append).left
r1 = z[not await][::snake_case_name,], 1e22 & await ^ (__x | (0O7467053142020100))
x.append[(data >> u'u' or r'\d' & "d") ** ((x ^ n) / ~r'\d')]
r3 = b ** async != _ * key if async & len & größe + n else (items > None in self) << ('\n' or data or b'b')
r4 = y, key('''t''', 949j / x, 's' >> self, k=self | u'u', end=not value).items
592070607.
r6 = ((True | False) ^ (3856018895949950002891 | a) or data ** név >> (b'b' | (547249272.0)) or {~ 338j, await}) ** (not 0b110101010101101011010011100100 + 0o1644404450035), (not obj) > (x and total) not in (not ...) > 1e22
r7 = j(not key, + (1000000000000000000000 ^ print), default=obj).append, __x * (i == π)
r8 = 'a' 'b' ** node ^ len >> await
~(größe >> CamelCase) ^ k(név and async, True == k in _ > False, **lambda: node).append | (not (result | 0O0472371554110650614) + (_ and 'é'))
r10 = 753700228.0
r11 = print % '\n'
result(*__x).real
(b'b' ^ 0xc72DaeE0cC7E25Ae92Cc3F6c18Ffd >= .910139516 | név < (... if (1e22) else 9999999999999999999999999.0) in (00j and 99999999999999999999999999.0J)) ^ total.ŝ[..., .794557206]
n / (... or total or data)
r15 = (total << '''t''') / (850018.624601 << 'a' 'b') or '\n' & 949837.593393 != (z not in n not in z) or ~(False and i and result)
-((x ^ key) >> (0000))
r17 = (lambda p0, p1={},: items % (0X8BbAdBEAaaDf4aAff032)) < (True <= CamelCase in total) & b'b' << async, c ** obj >= CamelCase << len > i < +größe
(await.real(0B1101010101110110001001011101111100010111100010000 % y, 0o6576020776206650032 ^ c, 0, **'''t''' << snake_case_name) in '\n' not in + 's' >= (.879607192j) & len ^ ('''t''' | __x)) & (a ^ (b in obj in len != c) | (j ** print and (node if await else z)))
- (node >> z.append.attr)
(CamelCase ** größe or await if (lambda x: i ^ z) else -n != 0b111101100110111101001000100101000110 ^ a <= (not __x) >= 's') ** (not {CamelCase - k: u'u' ** r'\d'}.items)
{}((data if y else π) / (items & 436j) and b - 726461092.0 & ('s' | _), y.append[(259438.467586) >> node << a], _ ** result | (x | None) and 448760.620924 + größe <= len ^ obj and ('é' >> '''t''') ** (lambda *a, **k: b'b'), reverse=z[await and 872680.796263:k ** j, 0B011 << x][:'s' & z:] << ('''t''' << 0B1111010111010011111011001 & _), sep=print)[(név if c else snake_case_name) | (result and '\n') in (result in 1E197 < n or 0o014466456107320527361377 or x + False)]
(total if print else True for a in count ** _).value
~ z
r24 = total['s' & obj if data + 0xCdc144Fd1077bDd6cC else -False::n | ~0x3aEFac777b7DeBA0DAcAeA]
