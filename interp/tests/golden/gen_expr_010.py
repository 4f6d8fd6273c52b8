# Generated: expressions mixing every operator level, set 10.
r0 = ((850654.544967) + (z or n or größe)) ** (obj <= b in total)(b'b' & 'a' 'b', ... | 'é', False - False, sep=größe if 0 else True,)[u'u' is k <= u'u' > print, y ** True::, 1e-124:+ False]
[~x == await + k, 166153499473114484112975882535043072 | 853122.4642 + n][:]
self ** x >> '''t''' and c.x(y, items // '\n', 'é', default=value ** (2.5e50))
r3 = z(981121.135991 or None or x <= 'é', reverse=5e-324 % (0xe) + (π or 's')).next
r4 = (not True) / () or (lambda: (0O0241345712516751) - ((0000) and 969080868436853682468392815032110606500 and a)) or (_ | 0B11010101011 or u'u') & (00 or 53735.177345) + n ** __x, (865104315.)(count or größe or y, *317285.10238, end=-'é')
total
not ...
await
r8 = lambda: r'\d' & 0XabE6e6ceCBA71fD1Bf44, (.48961014) ** "d" & (314152647036424273270529401003049 | r'\d')
r9 = {node: b + n or ~269624721507140695251575705665370 for j, _, y in z for j in 91219.986956 << 'a' 'b' ^ (not r'\d') if obj(value and '''t''' and __x, (.5E245) & 820259.197155, 178405961588244985132285746181186892047843328, default=645277077. | y)[not 189j:x or ... or print:CamelCase or None or 2.2250738585072014e-308] if (count and n) ^ (not True) for _, y in (lambda *, k: True & 0Xeb8507aCCF342ee5fEf980c) if (0000) if not '''t''' % obj} ^ (data[0b01010100111100111110001011000110101111001011001101100001110 or x] | _ - (π | r'\d'))
[(not 0B11111000101111111111001,) | (k | 462j ^ CamelCase) for a, név in (.724823479 == (lambda *, k: 0x5bBdC12F9Ab4Ff167332D)) ^ (785744.801739 and +(2.2250738585072014e-308) and (0b000) - 593800041.0) for b in (537869910.0 or value * a, not 'a' 'b' - 'a' 'b') if (CamelCase > y >= x or x and 00 and value or print ^ u'u') ** ((0e-276 if i else z) + π) if (lambda *a, **k: n << (b & y))]
r11 = not (r'\d' or data), value(+key, lambda p0, p1, **kwargs: async, -0000)
r12 = items ** u'u'
r13 = 7494378283570556146198 and 'é' ^ count and n <= 'a' 'b' in len is self
r14 = (r'\d' + self) ** (b'b' & n)
r15 = ((print << "d" & (c >= "d" <= 522485.434589 == 'é')) << (j | items | r'\d' ** (0000)), ((0e39) ^ len) + ('s' or 'é' or r'\d') and not len and (a if async else data) / (x % .50280516), ~((... or u'u') >> print)).left((1e22) | '''t''' < (lambda *, k: größe) >= (0o624553 & b >= .120698772 is (y or 181985.765259) == (lambda p0=a.b, **kwargs: x)), (async and _ and 177j or 'a' 'b') << (await | None or 673578767. >= 0X68BA3 < node), **(b | True << 'é') << (False & __x for größe in 'é' for result, total, node in True | 0XdeA9eA if snake_case_name if items ** snake_case_name for await, b in '''t''' + 's' if név or "d" or async)[count ^ value][::0O4276203730302610 and 'a' 'b' and a]), 9.E26 / 171474384. ^ (0 ^ c)
r16 = +-(("d" >> snake_case_name) / (CamelCase + "d"))
r17 = snake_case_name | key, +(316612.723133 >> 0b10001000001011000101101111001)
"d" >> 'a' 'b' & (0.000000000000001 | True)
r19 = None * név not in 's', (b'b' or y or obj) or π - '\n'
r20 = x, {}
r21 = ~ - π ** result
r22 = async, CamelCase or (120947957.) >> True
r23 = True
r24 = 's' ^ 9999999999999999.0
