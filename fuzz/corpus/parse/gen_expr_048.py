# Generated: expressions mixing every operator level, set 48.
r0 = True, key(*b if data else 0XF3C3FdC8DFE14eeB0f52B9, k=r'\d')
r1 = not 1000000000000000000000 if -500110638. | (0 or n or b) else total(c & 0b100000000101110100111 for data in c & ...)(größe if k else 0XaFe33B2ca7D for (total, (await, node)) in 'a' 'b' * 'a' 'b')[:not (0x9bfa00cC0):]
r2 = ('''t''' if len else b) ** (név << count) < (größe or count or j) ^ ("d" if 0x1CF12BdD1c0feA765C50B1e else π) not in (151115727451828646838272 if 's' else self) << 370694.626299 - total == j | (lambda p0='s', *args, **kwargs: '''t''')
r3 = ((False or None) << (result & __x)) - (r'\d' | c + 's')
00 if data else π
r5 = node(key for snake_case_name in items), 4640531019621983510372747219321747299422 + n & ((1E28) & data)
r6 = not result
r7 = ((False & data) / (00) | r'\d' / 430120.433764 + (b ^ größe)) >> {}[(not c) ^ (k | "d"), (not 0) is __x is not (await and b):not 562885.179492, r'\d' + 's' >> (2.2250738585072014e-308) ** total::][not '''t''' / 's'], lambda p0, *, p1={}: b'b'
r8 = ... ** u'u' / (... and (0xba4EeEF4a5C1DCDb52Cd0) and y)
- (y & '''t''')
r10 = snake_case_name()[:("d" * None / (0b001111011111101110100000101001000100 * 10000000000000000000)) ** (not r'\d')][- ((n if b else π) | ("d" or ...)):], ("d" | 00) & (i & value)
r11 = ((42730.533392 ^ c) + (.462553306 ^ 'é') and [1e22 - len for __x in r'\d' != len < self <= count if 000 >> '\n' for i in obj]) and (334361578. >> b if (lambda x: 767262.992763) else r'\d' ** (0O3260707667232766572)) | (u'u' ** snake_case_name >= 'é' / '\n' in (.5e+98 and 'é' and 77713132889778272470550638155466))
r12 = j // __x
r13 = ('\n' if node >> 0 else 13j) * {}
self if c ** key // (u'u' and größe and 1e-121) else 1e22 << items + (000J)
r15 = not not ((0b0011010111010010110111100011010010111011011110101110001010001101100110) and _ and 000)
r16 = '\n' >= 716160111.0 == j, (__x ^ név)[- await:~ False:]
r17 = [(i if 9.e-183 else (591304523114347389169353111405764)) ^ '''t''' ** π for await in (x).x if key * (_ | _) for j in [~_] if (.954105722)[größe][None ^ c] if 0xEc1BF9bFDD1F4EB5E0 % 0.0000000000001 and (z and z and (0X777FE6241ef081))].value(async is not count not in c is not u'u' or snake_case_name - i or 999999999999999999999999999999.0, key=((0b1111011) if self else 0XB0bf56bb2FBc8) + (not név), default=b'b' ^ (130063065.0) | (0o3211265176730263161044531 if x else None)), (k > 'é' > 's' is not 0XE5BE0ADE096b330aF) >= ~k > (obj == 's' < '\n' in 5735888892946008)
lambda p0, p1, p2=a.b: n // total
r19 = not 's'
r20 = (None and (0XdE49f629cAdbc3b7) and 991j) << x
count[(a or "d") ** (0xB):n & 'a' 'b' or (z or self):][-('\n' ^ (1e22)), ...]
r22 = data % _ / ((0X99bc) & value)
258117.631753 is not count >= u'u'
r24 = a - key | (not key)
