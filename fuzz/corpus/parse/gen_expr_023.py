# Generated: expressions mixing every operator level, set 23.
r0 = not key
key.append | (578893.463922 | (528976336870236479328184))
(((0O2 or total) or i or print | _) | (not 0o5435) ** len ** 0.000000000000000000001) * print((None <= async) + items ** név, default="d" & (not obj))(__x >> data << 385723174. ** total, *0 & 0X05B and (9825841420570122266173330194517 or __x) and 127863099816776154596848 >> b, reverse=~(print >> 'é'), end=(False and _ and async) >> b)
r3 = -(total is self or None ** '\n' or False)
{c, await(total in größe, y if c else 25108406941546723055343157692830665664409421777856138051584, *"d" if key else r'\d', reverse=total | async)() <= ('a' 'b' >> k or (lambda p0=None: False)) == ((lambda p0, p1=None, *, p2: 's') if node and 649037107316853453566312041152512 else ... & ...) >= +y ^ print, (x if 331950.366870 else None) << (not None) or 'é' - (i | self)}[:(not (443452480.) - r'\d') >> .23995607 + j]
r5 = π((379289.583329 if (0B11110111010) else 'a' 'b') ^ r'\d' + 305496008775710339997534, not (.5e385) | 237548760., (név and '''t''') + 0B0101001000000111100110, reverse=not value if b and 2.2250738585072014e-308 and r'\d' else not '\n', key=__x(... or π or key, sep=not print), **+ u'u' & u'u' ** 644360210.0) ** (not _ ** (a & 106694.5567)), [](total | u'u', u'u', data ** (00), sep=b is not "d" not in größe, end=(0e+87), **c)
r6 = 0XD3b5fe3DBAFD & x
r7 = {z(self | result, *self > 'a' 'b', reverse=(0x98Fa7fe967D7c3c4) ** 's')}['\n'[::(0Xca0CdccE435d2d55ccFF4d92E) + 343665.838451]:(False | 0000) & 265860396. >> False:('s' and await and a) ^ items >> b'b']((b'b' if data else key) << ('é' or __x or j), - node or x & (86164052399375)), async ** 'é' + 's'
not ("d" - (0O54045514132351227400104) ^ (not 0b001111010001111000011) and (not 0e15) | (not print) and print << (r'\d' | total))
{+ 16588883055436934493604855461645231025: data for c, x, b in 's' - 383j}[:lambda: 2.5E+278:'a' 'b' if r'\d' else x].ŝ and ~(302231454903657293676544 >> 377610508834709973751153143692) if (((9.e-145) and b) | ("d" or b)) % (lambda p0=(), **kwargs: +00) else '''t''' | -_ | (not 0o17546160651)
r10 = (node ^ y or True) | (not (print if 23945242826029513411849172299223580994042798784118784 else print)), not False or snake_case_name + '''t''' or π >> self
not y ^ (~ 0o041742 or 7302695539506723632255622321J + "d")
r12 = 0B101001100110010001100100011111110
r13 = () ^ (not 'a' 'b' & 734526.355837), obj.real.append
r14 = (async << data) / __x ^ ((0x5B9E) & r'\d' if async >> 'a' 'b' else +3412732404664559029557763507490) or n[...][:'é':] | ('é' not in (0O6417716702031326134337 not in b <= b'b' >= b'b') not in -n in ... + 1E45) or print ** (not b'b') ^ (j << (1e23) | (key | async)), not u'u'
r15 = (key.real.attr is not [+z](~self, sep=value if '''t''' else key, k=count)[774j,]) ^ (not u'u' and (print // 0000 if (265930.46036) | u'u' else (0E140) << 730750818665451459101842416358141509827966271488)), (False or n or None) >> (9.e+260 & 1000000000000000000)
r16 = 449j - b
r17 = (272956133.0 | (246j)), (5e-324 ^ print) * ('s' != "d")
r18 = value(CamelCase & 's' ^ ~9903520314283042199192993792, (569314.61789 | 82422.183675) ** (u'u' or value), sep=+(not 0b0001), **value(c, r'\d', k=... > print)(value - async for (result, items) in "d")).attr and (lambda p0={}, p1=a.b, p2={}, **kwargs: data and self and (lambda p0, p1, p2, *args, p3='s', p4, **kwargs: n)) and 'a' 'b'.value, + ~obj
self != 619459462766581103929576737997 is not obj >= (12885877523111607)
r20 = (b << ...) ** 0000
r21 = i
(c ^ 124432.459134) ** (False * (885766.254147))
r23 = a.x
π ** 's' // z ** print >> ('''t''' or z if not '\n' else not k) | ((751j in b'b') | total + None if ~(lambda *, k: None) else CamelCase == None is not größe and b + len)
