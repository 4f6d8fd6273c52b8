# Generated: expressions mixing every operator level, set 6.
r0 = 0O1660254213031563013056 if 99999999999999999999999.0 else snake_case_name
r1 = 2.2250738585072014e-308 >> b'b'
total << (not None >= 94388419. > False)
'\n' >> név
r4 = (value is n) * u'u' ^ (z and async * (1e22))
r5 = -(not result) + "d".ŝ[False == async:print << data] - (node is ~ True & (π or 0B10000101001010011100110011101011 or 0O11532213)), async << 'é' | (value and self)
((None & .21637458) >> (data ^ a) & CamelCase(+'é' for self, key in False ** 886j).x[lambda **kwargs: (000):b is not j < 259j in async:]) ** (+ ('s' // 0X896578d95Dfb99aA4F1c) if async ^ 'a' 'b' else await ** z << ('a' 'b' and value and i))
- c ** (74016337183002285268124720075)
r8 = n
r9 = count(data ** 3454873217572911179480121034122706156516, (60186567j) // 0xa1deAD, n ** value, key=... ^ async)() or n | total | '''t''', (x if None else 2214621534430616605) or __x ** 0000
r10 = not snake_case_name ^ b or ('a' 'b' if __x ^ 'é' else not név)
r11 = b[data[:i + 'a' 'b' ^ 0o75547141321175 << u'u']]
(0XBaF9EA4) / (2.5e-208)
-snake_case_name | (0x84b0D7a7acACcBAe2727C0)
r14 = r'\d'
r15 = "d" & 'é'
r16 = (b if async else 0o206446522052457747516) * (b or items or self) and (4167340624 and __x if 2.5e-385 else k & obj), 5e-324 >> u'u' >> 0o2034056765556050
r17 = (u'u' ^ b) * '\n' and '''t''' >> CamelCase
z and - j ^ (not not count)
r19 = (key + (738968.684122) or +.519863079 >> (größe & π)) % (b ^ (not False if count | z else await ^ 's')), not _ ^ r'\d'
π
r21 = (655j)
r22 = items - b, (0b1001111000010000100100101011101001011000 and 0X7b1f1a1e46d41aBd5) ** b'b' ** u'u'
total & a
r24 = ((572155250923 if c // 000 else result > _) or '\n' - (1e22) and c & '''t''' or (i | print) << (not '''t''')) ^ (self) >> print ** (obj ^ value)
