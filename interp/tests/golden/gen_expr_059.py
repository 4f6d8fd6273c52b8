# Generated: expressions mixing every operator level, set 59.
0o0520767 >> név
r1 = (a if value else j) if not 'a' 'b' else 0 ** node
r2 = b((((2854495385411919762116571938898990272765493248) if value else await) if 's' ** total else result or True or 0b00011011100111001010111101110101) if 000 & (b'b' ^ 27143734494) else (név | 2.5E92) + self / self, ~- None)[...].append
x or len(end='é')(név - 'é' for total, data, _ in print << u'u')[await] & (lambda *, p0=x + 1: print - 0X2dCAdbecFfcABeF81Da9) or not {k != __x: items, not False: 0o5725461126 * total}()[j & async, :0.0001]
r4 = (self if True else '\n') ** (self ^ b)
r5 = ~j, (True or größe) ^ value & '''t'''
822639968.
r7 = (print or 0xEEfC2) | '\n'
((~False if obj ^ 0B00111010101001100100111100001101000 else 966496160995849 ** z) if data <= 1e+221 < .193206534j == items or 1e22 << await or 99999999999999999999.0 & b'b' else (0B01100011001010111010000011011110010010001011010001111010011011001110) ** items) + b[await ^ 762j or __x:{}.x:]
r9 = [][:r'\d'(*print | total, sep=key > név, default=0B0011001011100, **(59733317488152200J) if len else 26378924056974799513) >> i[:]:((not ...) | (lambda x: ...)) & (c << "d" ^ 0.000000000001 / async)]
r10 = b << i(await.x.next, (await ^ n) / None, await or 'a' 'b' >= r'\d' is 0xC159AEFdC8b4, default=(25235313759412195956J < (0Xdd4C137BABd34c) is not 0e-227 <= a) ** (r'\d' or (52) or 9145162163018124504802263283851),)(None | b'b' or (lambda **kwargs: _) or (.472109233) and x for key in - False | len / None).items, (result << print) % (value or i)
r11 = größe % j
r12 = 2.5e-366 <= (items if 0b10011001001 else név) < (total if 4047.719464 else k) if (π & k) ** ('a' 'b' or __x) else (0x46CdD6dBFbF | 1E63) << (False >> n)
(c - (a is '''t''' == data) and (not 1e390) and ((712820000703551238 if '\n' else False) and '\n' and 41352604534433057972834j)) + ((2.5e+101) != (True < b'b') is self << i) ** (not 'a' 'b' or ~len)
items | [][obj::async ** count].x & ((result is not self < __x) & value)
r15 = (((0E-368) if result else 0E367) ^ (obj or b'b' or node) and n + 5147783872696131696110063177470) and 20125868468333 ^ (self and 939j) | (('s' or value or név) or 'a' 'b' & j), +(π | 0o0425473751)
r16 = items - 0O7151127214015250 << (key and 'a' 'b' and größe), ... ^ '''t''' and (111j) ** i and True
r17 = _((0X1Fe99b3B3a07CfB6Cbf0660FA7), data | 's', sep=99999999999999999999999999.0 or __x, default=self & 'é') | (not snake_case_name) << ('é' ^ (0O44665))
r18 = (1e23 ** value) ** (678j and '\n') << ['\n' & c for (i, (c, z)) in (698880288.) | x if (async if True else n) if '\n' and 2.5E+152]().x, data
r19 = node
r20 = async
r21 = '''t''' % b'b' ^ False ** 0 and 0b110100111110011100100001 ** 'é' and ~ (π & i), -0b110110100001111000011010000001001010100110010 * (count / 000)
(7)(not 0)
(lambda: - data ^ (items | z)) + ((snake_case_name ^ '\n' ^ True) >> {r'\d' != total == value >= result: snake_case_name >= node not in j, result & c: '''t''', k * items: lambda p0, p1='s', *args, p2=-1, p3=1: 'é'})
print >> async < ("d" or größe) == ('s' or .5E-56)
