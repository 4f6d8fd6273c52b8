# Generated: expressions mixing every operator level, set 37.
r0 = not (k ^ 0X6393D5db68a) & True
r1 = lambda p0='s': n, (x % node) ** größe
r2 = not ...
await ^ 528507.954043
r4 = + ~_
r5 = (not ((0o62375134373466) or '''t''')) << (__x * snake_case_name if π ** CamelCase else k), (... | '''t''') ** (9.E+304 and count)
r6 = 9.E-73 + 388j
r7 = lambda *a, **k: ('''t''' & False) ** (not 'a' 'b'), (len ^ n) - ('é' or 'a' 'b' or 's')
x(reverse=not result(k=552240497. - count).attr, key=[0X5Dcc524EB3Ab7459CcBEdDda and n for k in b // u'u'][...].items and (0) & 00 and '\n' + (obj if 000 else k), **('a' 'b' ^ (_ | név)).x(- (896753120618388099992261991485620767 | "d"), (lambda x: 1e22) % (0x9B94AD0BACf65C70AFDFBD ^ False), *True & 0O077543610054644265, default=('a' 'b' if 's' else value) >> "d" + self, sep=z * False << .5e-48))
r9 = - (obj / größe or ~count) ** ((... | '''t''') << (items | (0o367)))
0x8Dd8c00a9A2F4Cc635e80e14A / (0E-351 ^ data) if (result % (0o431331551)) ** (0 or True) else u'u' + (await and 0O455731465516112065)
r11 = False.append[:, :"d" & c if (0XD05caD7e78B80DCaEC) else név and n:(None + 0X84cAC3EAA2FdB36e731c for (snake_case_name, obj, z, __x) in async ^ len if "d" in z for print, x, a in '''t''' is 939085.782937)[00, :not 99999999999999999999999.0, :], ::0O374247333443202424137273 ^ None | 619j]
r12 = 0o103672373144707351 and 38498106041689891390366433452367, 574899219055759186 + b'b' >> (await << b'b')
(_ | ('''t''' | 0) > result >> '''t''' & ("d" ^ ...) is not ((__x and 176336.735449 and len) in (702017392.0) != ...)) | ((count << 's') - (00 and (876909206.0))) ** - b
r14 = c // .437044720 + 0O2774564141661
(z & async) ** (.321027006J - 's')
r16 = not key ** 7115740161597258901446944388406464
r17 = 219597.186722 - ((n if 'a' 'b' else b'b') or True and True and 's' or 000), {π // snake_case_name, z ** y, ~.792909935}
r'\d' + result in (not j) not in (key == .285896292 > b'b')
'''t''' * (.893794117) + __x
r20 = k >> 0b011101011111
r21 = (100781599407717039548311) and (0XeaCdA8390c) and print if 0o55167325276300636554 - 0B0101000110101110100101000110010000001110 else True - 45
(self <= snake_case_name <= név >= __x) ** (items is not async <= 's') != value(b)
r23 = key(lambda p0, p1=x + 1, p2=None: count, (755009549.0) << ..., y, *j, key=not ...)(print > u'u' > größe < k, 'a' 'b' if 2.2250738585072014e-308 else x, sep='''t''' if await else items,), (x or 0o5234665647202723305377366) ** (await if None else i)
((len or c or '\n') | _ % print if +(231138475. + y) else {0B01111011011110010 ** 's', not value, 0}[::not 000]) >> ((r'\d' ** "d") ** (__x * __x) & ('s' ** 584359.329323 or c ^ x))
