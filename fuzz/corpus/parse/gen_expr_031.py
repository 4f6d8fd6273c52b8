# Generated: expressions mixing every operator level, set 31.
{}(value and -5e-324 and ('s' if .103941521 else π), ((0o0325104674235777233236010) ^ 0O4110464350542711412) >> (len and b), +result ^ n >> 0B0110000111011001011000010010010101000010010010111111101001011, **(True and π) / (print ^ a))(('\n' and j and 0O34735530063) == i // __x, node + data or b'b' & _, sep=(lambda *, k: (2866790588041330377028751023471961838129)) & π, default=209394.623103 << b'b') << k
r1 = data[(self)(True, result, 'é' >> 's', **value):not (.5e-192) << 0X10b5308431fAedEBE9Ae9D0Ca]((total or größe) & π, *(CamelCase == snake_case_name) << (x or j), default=-r'\d' / (n or 's' or key)), lambda x, y=1: 2.5E-5
r2 = ('é' & b'b') % (0000 & 'a' 'b'), (obj not in größe) ** i
r3 = value(a, key=... & True ^ _ // r'\d')
async | 0
r5 = n * 0X7da81A, (True if x else False) if None else y or y or 0XB9FB35d8
r6 = größe
{await | k for obj in r'\d' if not 2.5E+383 if False}.append.ŝ and (+b)[:0B01010011110110110000111011100 << '\n':][...] if ('s' & 0O1136247117732237606 or ... or value ^ items) is not ((c if 59782367.0 else True) and data | len) in (i | data) >> ((0O520205230745016453) >> u'u') else ((0O45762540024042406130) or b or 000) | (x if größe else node) and (név < n and snake_case_name & x and (2.2250738585072014e-308) * result) and (async ^ '''t''')["d" & await][:count - 943492021.:- π]
r8 = {__x(00j & (0 != False is not count in len), (lambda x: j) | j, (1e22 in 9999999999999999999.0) ^ await, *75557863725914323419136 | '\n' | snake_case_name)[u'u' is - '''t''' is not '''t''' & ...:(data ** ...) ** len ** 2791670223310563109609039314:](~ 751654.537618 ^ (0B10001010 or count or 256j), k=not (obj or 's'), key='a' 'b' & snake_case_name ^ (.919182675 or snake_case_name)) for async, data, y in (value >> x) - 0o5377033543701130721225642 + (_ + 's' & 148229.60370) if ((None or key or 0B11111111101001000100100111) and ... | _ and 309378.451082) in (u'u' + '''t''' > r'\d' << 518678.196596 is not obj / items in "d" - u'u') if -(not "d" or self ** z or i and len) for key in (items ^ __x < (0xDbdbEaff8376cEbFEfB73D047) << items >= 'a' 'b') | {'\n' if 0X46de1 else .171034431j, - True, not j}.left[not i:, print if y else 334j] if c(z ^ result, len, sep=await & y, reverse=név ** 2.5e+23,)(k=~None) | (.439637545 >> True) ** (n not in async != '\n' < count) if (k and 496410.977604 and "d") / (snake_case_name ^ r'\d') | n[len:-k][992j ** r'\d':0E150]}.real.left
r9 = obj[...].next
(not 'a' 'b') >> (lambda *args, p0, **kwargs: _)
(total - k if total else 9.E-225 << (807665927.)) if (_ if 0E-94 else '\n') & (not y) else None / (1e23 + (2.2250738585072014e-308))
r12 = b'b'
r13 = 'a' 'b' | obj
r14 = u'u' or név and 0e64
True & c
r16 = a | ((0B0011101001010000001110111000101001011111010001101010000100001) or 0O43533054636)
r17 = (größe or __x or 00) << (__x or __x or _) if print else (π & True for π, größe, __x in async or 0x3bCCFCBCE86b93c0a57A09EFca8fF if (523878018.0) & a for CamelCase in ~len if None >> '''t''' if größe or True or größe for value, név in y)[key >> '''t'''](-r'\d', print + await, k=0E+86)
((28734040119254459943595) >> CamelCase if await else π) ^ b'b' + ('s' ^ True)
r19 = 0o22 if key else 0O633524245621
r20 = ((0b010111101011101 | result) / (n ^ await) and (self <= 539801.446815 < π) | items / 00 and (lambda p0, p1=x + 1, *, p2=[], p3: len | None)) and data and a(π(CamelCase // c, False ** 'a' 'b', 0X62e9B11aa3cae, sep=b'b' + 0, **0000 // key)(c, (0O4524) if True else b, '''t''', k=6j, **z)[:, ::], (0) > név is 52566255738675 <= (π or u'u' or ...), (... and 47747262172689520524632) ^ (value or 'é'), key=+ None, **not 210502433475 != ... > data)(not result, 'é' and items and result or 79369952077739753330718349845 or b'b' != node not in k < data), (b'b' ** '\n') ** 415020.326171
r21 = y and y, x ** '\n'
((k ^ 1E28) % (1189382643170324485175059) ** a | _) >> (((not count) <= (not x) is not (total and 85459887149704733)) | ((y or 0b110000011100101000010100101100010010111 or .5E97J) not in 'é'))
snake_case_name(*c or (862433715.), k=self ** node)(n | _, (0xfDEf84454E6DFffA) ^ len).x & r'\d' >> (not b)
r24 = not data.items
