# Generated: expressions mixing every operator level, set 78.
r0 = lambda: None >= "d"
r1 = +((k & 'a' 'b') >> r'\d' ** False) ** ((2.2250738585072014e-308 ^ CamelCase) + 0B0001111111110101001001110100100001111111101), b ^ None * total
r2 = not not y
r3 = (1e-372)
[23814.322028 if "d" else 0X4A8Bd74AdaEf7aaeCcD2]
r5 = (async ** 'a' 'b') ** CamelCase
r6 = b or (i(end=- _, default=214028.102497 + b'b', **await or a or '''t''')(b'b' << '''t''', *True, end=snake_case_name and u'u' and 0x6d924b26AaF4a9F288Db2e39e96f, reverse=value).left or node('a' 'b' for größe in not print)["d" ^ 394581466.0:, 61387419784178675232812146703 and total and count:].next)
{}[u'u'][0o37177 / obj]
u'u' & j
((000) + i + False < (not c & 's') not in (b'b' - node and result) != obj.left(881j ** count, *count ** 'a' 'b', default=(00) >> _)) / ((True or result) >> (390435346992486299721175000) ^ data)
z(.721523930 % k and key | .5e-387 and None, (+result) ** (not 0B010010100001110110011111010101000011011), *(not key) ** ('é' ^ 'a' 'b'), **(not u'u') ** async)[...][value[snake_case_name:,]] >> a([not items for key in 9.E177 | 0X4fe14caF52Af for név in z if not 0 if k | 0o60320721033571 for print in név if print ** π if 12259964326927110866866776217202473468949912977468817408 | 0], (r'\d' or (0O4611077452250654527303) or "d") | (result is not 'a' 'b' in await >= count), (z)[- 555816.259951, :])
['''t''' ^ result or a > 277243766. or not (780281808), CamelCase >> x if (0b01110010001111010111111) >> x else i - len, (a ^ z) & (self if items else __x)] or ~ snake_case_name(key=b >> 'a' 'b', end=(374137739.0))
i != len >= 'é' < count
r13 = + k
r14 = async(~ 0B0001100100101111010101011101010100111111011101011 for items in 88842.421289 and True >> snake_case_name and (0.00000000000000001) + a)((b or k) >= (not (21267647932558653966460912964485513216)), _ | (a and True)) and j.append[név / (self // (0)),] and (0000 ** a) ** ((763171516.) ^ c) ^ ~r'\d' - a, 915779898.0 % (k or items)
r15 = k[...] ** x[99410144367 * 0Xb2f7] // (node << {... >> b'b' for value in j ^ print for key in print if -True for (z, x, x, k) in result ** r'\d' if n}[len].x)
~ (r'\d' | b'b') or +CamelCase is 9.E+368j is ~ data > total
r17 = (1e22) - key, (items >> 00) ** (2.2250738585072014e-308 + π)
r18 = + (000 + n | 836338136.0 // count or 000 << +0XEdabAcD or i / c >> b + False)
r19 = not None
total if x else 'a' 'b'
r21 = not 'a' 'b' if 483j and π else név ** größe
r22 = node(8474079614842898209410567027448397195, len), - (102105735. or b)
r23 = (((True or (.34604777)) and .336324536 / '''t''' and (0E96 if 519336.525411 else 000)) / (lambda p0, p1, p2, **kwargs: __x is not 5e-324J >= (398230.524310) is not obj), count % True + (n or x) << (not 'a' 'b' and ~async and 38j & await), {False & "d" and '''t''' and 0O2624312425225462 ^ 0000}).append[(not 0x65cD7432FAAf0f6a53d71d59) & (not (.5e398 or 863774669589)), :]
r24 = größe & CamelCase & (b ^ len)
