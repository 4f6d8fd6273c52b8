# Generated: expressions mixing every operator level, set 84.
True | items
r1 = n, (19869376545422102).value
self | self | (count | (6163949688722539709615))
key / π | ~j
(_ or __x or '''t''') + (__x & c) << CamelCase(not value, 153234.268433 if y else await, async, reverse=-y)
r5 = {}(default=lambda p0=..., *args, p1=[], p2=[], **kwargs: CamelCase, end=45921.713584).left << (0O710666235404760 <= n == ... is items if 'é' & 2.5e-251 else 181344.283710 ** (.687001297)), n & ('\n' | total)
r6 = ~ ('é' + (534j or 0B111011001100000101111011110001011011101010110011110001110000101110011))
self | CamelCase and 000
~ (5796140591019534275934974742551 ^ 357198.208123 ^ (11417981541647679048466287755595961091061972992 not in result)) and (not (1E114) and n) ** ((not π) ^ (None or ... or 0o1560037621124344404616))
node | (0X8D8689Ab830915C8f063820) and y and result // 0XBceD440a23E59FaDF
(0000 + 2.5E+377) % 00 ^ ('''t''' or z or 1E-137) >> (not self) or ~ (c // count ^ -u'u')
r11 = z
r12 = self | n | ((1e23) | 's')
('\n' if ... else (589860850.)) + ...
r14 = c(not (b'b' | j) >> (r'\d' ^ r'\d'), await((total and True) < (j != j not in 5e-324), end=async / False and (0XD9b3f0F94FD7E72ae0f9ad and (0.0000000001)), default=200064.679727 << (snake_case_name and r'\d' and u'u'))(**név[not n:result]), c(k='s' | "d", end=not None).attr + [193984.389132 for (z, (len, i)) in 482067.505244 & π].ŝ, *value ^ False ^ név or b'b' >> async < ('\n' if 0000 else (0o22610737)) > 70j | async is not self >> u'u' or False & (x and j and await))
r15 = j and 'a' 'b' / u'u' and c | x, not (_ if (00) else (0B110010100110010000000101010001001101101000011000))
r16 = i or node or (12184.630070)
r17 = (lambda *a, **k: snake_case_name) ** ((712707749.) and (0b0001010010010110010010001001110101001001010111011001010001) and (0b101101110100)) > (count or a)
r18 = async ^ 0B01010, (CamelCase >= items) | (print and __x)
r19 = 639387.865177 | 6301798899630479256435882038981146435 & None
r20 = {(999999999999999999999.0) >> True for z in items >= 's' not in 9.e-71 <= 00 if items if data | data for node in 2.2250738585072014e-308 or 672224.466239 or 529161.833224 if 805505216. and 'a' 'b' for self, n in n & "d" if ("d" if await else print) if await ** 's'}.append ** ((0x123c6e12cbaDfea > node > 'é' is .5E+111J) >= '\n' <= snake_case_name / 0B11111011111110011011101101101111101110110) and (25108406941546723055343157692830665664409421777856138051584j(('\n' | False) & data for b, obj, z in - u'u' is (1e23) ^ len < ('a' 'b' and j) > y | await)).real and ~[219839.17556 & print](key >> key, len or 1e76 or 00, u'u' % x, *i, key=print, reverse=b'b' ** 0x6A71bBEa1adCa2d48327F91Db4Ab3E)
r21 = 715212.134284
r22 = async & "d"
r23 = 0B01000011001001100 // 836511.268354
r24 = ((x & r'\d') + (not _)) % ('é' <= 5e-324 - 0xe0DB8a7dB4cc5AA916E2CA4 is not 187917514964683 & None != (... < 0O655270424765226233 < 'é' is r'\d')) + (~((.5E+104J) if y else 0O1576045421271505547662) & (count is x) // (True == 0XF264bfCaCC23c8b8dfaCe8BD3 != a))
