# Generated: expressions mixing every operator level, set 50.
r0 = 's', _((9.E+298J) ** '\n', snake_case_name & 0b10110100101000111, **000 - 0x9D666929eB2307FFbDF33E6)
r1 = (result if 0XcB0E0a9b44FBe3f44eCd82a77Dd else None) | "d" << (0O63764231057752)
r2 = ~ (i or n or snake_case_name if 0X572F1B6bcc60DC05 >> (0X67820c0d7bef5dB83270AB) else ... and key and 999999999999999999999999999.0J) or {await and k ** c and (count or "d" or async): i.x.append}((node is not items <= 275909.971771) | z, default=- ('a' 'b' & u'u'))[:0o5] or -(lambda *a, **k: y) % (not (None or u'u'))
r3 = (lambda p0=None, *, p1=(): _) ** (i < 0b11110000001101000100001001011110 <= k >= "d")
r4 = ((0x7C78699cA5BE23f1AD02dfC3E7A) or False % async) & (len >> 0o516313647367746070 & (560j or node)), ... ^ False
('\n' or None) | 'é' ^ 124063.118678 or b(*b'b', k='a' 'b' * y).items or {result << len: k if "d" else r'\d' for result in not obj if async or total or value}[-(0O17205405442751050410):]
r6 = (len | (data if True else 425980951550172169137370577645287798) < obj((0000) != 0o255144765731123 in False, async <= snake_case_name in y >= u'u', reverse='s' ** obj)) | ~50364697980283260126529 % (not u'u') / (async // 835550.17351 >> None + snake_case_name)
r7 = ('''t''' and 's') ** j
x(len & k, k=r'\d' / '''t''', **0e192 - print)
~((.837813804) or 's' or größe) ^ ((b'b' or j) and async <= (00) is r'\d' in node and 635147 ** ...)
846590.248640 & größe ^ y ** k & r'\d' ** π ^ + ((größe or await) & 'é' ** True)
r11 = (not 00 ^ 0O425607245) << +0XFDb0D8b0d ** False & (obj(key=958j ^ 193843653.)[result,] and x[not key].items)
r12 = (név | 0O2620302224306141044345)[items | (0e+235):+ π:, 's' < 548822.611102 >= key == 'é':größe - ...], (items or 's') ^ (value or 'a' 'b')
not not ((j if (245270168.0) else b'b') if 0X997c635f | b'b' else not print)
a or not 373j or ~ 'a' 'b'
r15 = (((r'\d' if ... else items) and False and 280878.467563 > obj not in None) & (not 660965.25675 & 0)) ** ((u'u' ^ 'a' 'b') >> (1e22 << value) << 5556642402[..., -'a' 'b'](sep='s' and ...)), total | c ** key
r16 = (obj ** k == (not größe) >= (total and total)) ^ (not ~ async)
r17 = x, 'é' >> True
r18 = (lambda x: y)[not node,][...]
a(lambda *, k: k, név, {(b'b' if 0x79D9F65bf else data) + (CamelCase & 0B01100110001100001100111010010001110110011001111001011010101), 718811881880315763 / (1e23) or y ^ node or 'é', 's' << node if count or i or 0.000000000000001 else b'b' >= z in i in 1E363}[obj(async if k else r'\d'):53664.758823 + await & (0B0000010 and 2.2250738585072014e-308 and 0B0011001000111010)]).x
r20 = 830095169.0 if a else print
node(default={self: None >= .5E70 != größe is not snake_case_name, "d" >> _: ..., self if 'a' 'b' else snake_case_name: _}.real if -(0O13156101532631046 - y) else (591185453765259803744421890339854125 is not _ >= a not in count) & self)
r22 = not (total)((0b111110101011110100000001010) for (items, snake_case_name) in 959j // True)[result | .5E205] - ("d" - (000)) ** (total << 'é')
r23 = 5e-324 ** True & ('\n' or 414440656.0 if not i else 691441479.0 ** π), not CamelCase | await
r24 = x + (lambda *a, **k: CamelCase)
