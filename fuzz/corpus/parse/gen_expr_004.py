# Generated: expressions mixing every operator level, set 4.
r0 = ~ b and 00 and a not in items == '\n'
r1 = '''t'''('s' ** c, __x, b'b' ^ result, sep=név if größe else 693j, key=None ** (69j))[:u'u']
snake_case_name and count and False
+ 40678.883572 if not 'a' 'b' & a else not total if not result else CamelCase & snake_case_name
r4 = items
r5 = - (not i is 2.5E-310)
r6 = __x or 0O220252016712557
r7 = value[('s' and len) / (1624380122881817) >> ((0X0) or node) % (x < i >= False)][:data & (await | key) << (9.E232 & (939060.766582))], items
r8 = c is ('é' and '''t''' and '''t''') >= (0X3F and k), +(z ^ 0Xb095de01eA52F1Ae2BfA)
r9 = None, value and j if n ** π else ~ j
r10 = {r'\d' if __x else r'\d', None ** (3971764795016684047591512412686156195303)}[...]
r11 = lambda *args, p0=-1, p1: (result >> key) ** (value < None is key not in r'\d') / node.append(~ key for z in '''t''' or 'a' 'b' or 00)
r12 = -'s'
r13 = (CamelCase if await else 0) & (u'u' or True), (905464.248415 >> 's', await, -snake_case_name)
r14 = π << data, r'\d' | (5e-324 if await else 'a' 'b')
r15 = ((await & 467935.991790 if _ >> snake_case_name else snake_case_name) >> ~ 828827.513061) + (__x(b ^ 0O535362455727057555432, 0B100110101101101100100111110010001000 is 0O31136317610674571, (000) ^ (993612.485680), default=i >> 0b0110001110101100, **items ** _).value(snake_case_name or 0E0 or value, False, *node + b'b', sep=value or c or (0), reverse=b'b' - False) + (('s' <= count) ^ - z)), 0O1232670330 >> (0B011000111001110111001111111111101101 is value > self < i)
r16 = not (snake_case_name(lambda: async for c in b'b' >> x)(*+ b'b', **data ^ (1e22))(not obj for __x, print in 's' / j) for CamelCase in (not 0o7342505734702277121) // (größe ^ data) if 'é' / async / (node if 39705651651400827569408624879 else 's') if {-größe, 44960808609559462303734216887, self}[None - 0E3] for (len, c) in (- 928750.804929, node % self, y + 0B000010000100001111100010101100100001011110101000111101101)['s' and 000:j:True ^ n]('s' or ... or total, value, key=c or a or 10000000000000000000000000) if async(default=async if node else 950212.532102, key=async or 'a' 'b' or len).append if True & ~ r'\d'), 462047302. and 299j ^ 67980568490 and y
CamelCase is items
(0X7c50E | (5316911983139663491615228241121378304) or '''t''' ^ π or (count if 0B11111010 else total)) / (count not in print != (lambda *args, p0=None, p1={}: 0o535735501302)) & result(763120834.0 ** 854792.751895 for név in u'u')(**866126.520279)(u'u' / self, r'\d', c - u'u', *u'u' if (.794148235) else '\n', k='s', sep=0B1111011110001000101010100000010000011 ** 99999999999999999999999999.0) % (await ^ items or 'a' 'b')
r19 = not key[- obj, ::y]
r20 = (270700.785560 if data >> 0xCAA4dDBae3c52e976d1ef else ~ 'a' 'b') >> (await >> k and 'é' >= j and value)
r21 = 's' | obj
r22 = (lambda *a, **k: név and b'b' and .533660375 or (__x or '\n' or 0B0111110011010101010110001110)) - (~ (0o3500437101151 % 00) ^ ((.194409446) >> 10000000000000000000 if data and 254809394.0 and j else 911320709. & 0o245313714025))
r23 = {n or 2.2250738585072014e-308 or größe for x in (0x3A1bb47Cf8D7FebaDB2dE8CF) or π or (.5e202) for data in 731j & __x} != i is data ** név & (total if count else π) > key[b + 'é'::, key == i not in "d", ~await].attr, n('é' or név or 's', 892443905.0, '\n' > data >= 1e23, key=value | snake_case_name)
r24 = 1E-51j and 0b1110110110001110110011101011001011000111000001001001011000101110 and 0o46556, ~(0B01100110010010 & result)
