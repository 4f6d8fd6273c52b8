# Generated: expressions mixing every operator level, set 26.
r0 = (not print) ^ (1E283 and u'u')
r1 = key
r2 = len or total
await(data, sep=1e-149 | y).left
r4 = (snake_case_name - ... ** j).next, (i or y or count) ** (k + data)
r5 = i
r6 = n
(0 & größe) << 0o467014627726771317265 / 000 ^ ((139061757751340662248439 < (0Xe99E3ee03DFEDCE897eaafFDb2) is key) ^ (0o55775 is await in 52577529.0)) >= (lambda x, y=1: (y and "d") + (data ^ név)) >= (len // result & (await ^ node)) // node.value > (k / ((40564819207303340847894502572032) or π or u'u') or (401603187.0 in 0b010001011010000011) < u'u' ^ 0b0011110010000110100000111100001100111010111100100 == (data and 0E217))
r8 = ..., value % obj & (obj and (0o304246566072) and π)
r9 = '''t''' >= total in b'b', (größe and False and z) and -z and ('s' or 0)
r10 = ('''t''' and 0X612A9CAa3b84baE5dDb2d9Fe and 'é') & '''t''' // 0O2, c & z | (r'\d' | z)
r11 = (lambda p0=None, p1=...: b'b' ^ "d") ** (y ** n // 819062996.)
r12 = False - 54533095.0
r13 = (b - ... + (u'u' | u'u') for snake_case_name in False ^ ... and y ** 2.5E+38 and (count or z) if result & (00J) or 00).next[not név & len]
r'\d' + None
r15 = (not (1E205)) ^ (~ 's' | 4247470914546603144042 & 307j), {not '''t''': not 59872779 for items, c in 1427247692705959881058285969449495136382746624 if 0E360 >> b'b'}[:0o01232502](not "d")
lambda p0, *, p1={}, p2: y
r17 = value - 821787737.0
('''t''' or total) + (0b1010010011011100000011100110101010001011000011111101011000010010 & self)
n & value
r20 = (00) << None | (größe and async and größe)
r21 = not k, u'u' ** név & größe
r22 = (+b | _ % r'\d') ** (((84j) if y else r'\d') + 117029247. ** (581575036869212956420053029619428743))
r23 = len
r24 = (+(350841092.)) ** (CamelCase - None) & (u'u' and node and b'b' or await is not 0b00001100111100010000000011001000111 == (0e+302) or -z)
