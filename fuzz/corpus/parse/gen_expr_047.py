# Generated: expressions mixing every operator level, set 47.
r0 = {r'\d': 0e-310 is not a is (959208.58035)}(k=größe - 00, end=not _, **not 0Xa9CAF8e)
r1 = not 964536.424530 & '\n' ^ (True and __x)
(snake_case_name * 1e22 - 279227.152696) ** + ("d" | u'u') < ((0B11100001011011 or (626959.422281)) & n << len) / -(key & b) != [~ (lambda p0=(), p1=(), p2=None, *, p3, **kwargs: 5e-324), 141j + 631608.462067 is not 000, __x * (a + len)][lambda *, k: __x ** 50216813883093446110686315385661331328818843555712276103168]
r3 = ([lambda *, k: i] if y == ~ __x >= 's' else b'b') or b < (c == .965700018 and not 0B11100100100100) in key ** x & (név ^ z) > b - a & 242045410614059364956290904555128
snake_case_name or j(k=18324.270294,) >= (k * größe is not count) < (b'b' ** x <= k >> 269946610.0 >= r'\d' & b) > (not 221749122. & node)
r5 = (result ^ result) + value ** '\n' != (key or _) % +j
r6 = (not key ** u'u' % count) / obj((result >= CamelCase != y) > 'é' | False, {2.5e370 or value: 632195.940408 if len else '''t''' for await in __x - False if i != count}, reverse=total & async >= ('a' 'b' or (0o760512542753) or (189109.801227)) != ('\n' or r'\d') is (not __x), sep=CamelCase << k | (n or 478595692. or async))(end=node(+total, node << node, *~print, end=~ r'\d'), **value | _ and név | j and u'u' & 0B000010101100101011010011001011000101000000101001)
0e255J >> név
.5e+249
r9 = z.x.append
(not (a and await and u'u') & (b if π else u'u')) / (j(0E234 and y and b, count ** '\n').items ^ u'u' << self - data)
{b(0X9E9A for (_, count) in (z if result else größe)), [338807.552589 + 2.2250738585072014e-308 for größe in key or "d"][:'s':count + (459569801.0),]}.x[not __x ^ (0O455475234104233):u'u' ** print >= (len if 5e-324 else snake_case_name) != value & '\n':, ..., ~ (not 994j):970056249015559766400888783863974350790 ^ _ | + key]
__x ^ k
(b'b' | b'b' if 0XCF or a or self else items ^ True) % obj ** (k | k) ^ +(c or 0.0001) % (await - __x ** 617433.919401)
r14 = +items | (név if 'é' else True) if self(node | 'é', j, *200782.561658 * 277j, k=items, sep=r'\d' is y >= data, **69645 or 0xD6) else (key or k, (0B11101010110100000111000101010111010000000101))[_ and count](0o64 - await for y in _ & i)
(0b110111111101101001111 == 's' is r'\d' if self | count else 683815320.0) ** await(snake_case_name ^ _, u'u' ^ None, **r'\d' != 954337276132796257589998746664347933)
r16 = {value & 543722.312981, π if (0x59Df0E65E95F5443) else 0O3706110247712630475} ** - (a ^ data) - z.value
r17 = not await
len
r19 = async | 'a' 'b'
r20 = ~0XAB5DE298e4Bf | (not not (61078024550952)), (self or r'\d' or result) & (__x and await)
r21 = (__x[:__x if 890324135758041248964694 else 's'] or ~'\n' or ((0000) | 10000000000000000000) << (größe ^ (94342672.))) >> ((not (None and 's' and (464264432.))) ^ (0b1011100111100100) << (0e353) & + 753314.677854), (0E-60 or 99999999999999999999.0) ** k ** név
+ (π or result or None)
not (b if (452j) else True)
r24 = lambda **kwargs: False, (név >= node != 2.5e400 is not b'b') + (not b'b')
