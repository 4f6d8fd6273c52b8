# Generated: expressions mixing every operator level, set 21.
~((k | 0xcb036D1510E9035B38EfDBE34Eeccc) + (x ** self << π))
r1 = {(000)}
r2 = "d"
271122308.0 == True not in (0E303)
r4 = ((a and 'a' 'b') & value >> a) + (n - 'a' 'b' + (node ^ async)) & {j[::b'b' / b'b'], not k - '\n', ('s' | value) + (u'u' if data else j)}[...](default=(await or async) & (CamelCase | 's'), **x ** i & (b'b' | key))
r5 = 0o170355
r6 = [](node / '''t''', not '''t''', größe - 467j, sep='a' 'b', k=328221812486211640 + print, **n)[obj or value], (... | 0X5725ab) & (172570.46263 and 'a' 'b' and i)
r7 = b.left[data] << (not obj | self)
r8 = +((314415.962736 >= b'b') << (not ...)), x in 0b11110100110000111101101110 <= async and not 758j and key ** y
r9 = (value - b'b') ** 302304.275233
r10 = +((978012.713489) if async else True) + (~ k if 294807.950723 or n else k & key) and (z % u'u') ** (627511002. if 1527732712279179664495581897652226237 else π) + (.79439417 >> k) % ('''t''' | key)
r11 = value & print, (result or items or 844557.122617) & len ** self
r12 = b >> await
's' & print ^ (0O3371100762654104166671 ^ 0000)
r14 = {total | _ ** result, 1E-385 // z ^ 'é', z <= 0B1010001100110100101111000101111110100111011101001101001010001 < 's' ^ b}
await // (True // (0b001111000110100011010001) - '\n')
r16 = key & 958j, (lambda p0, *args, p1, **kwargs: 's') < (név and n and None)
r17 = + (~result > (not len))
r18 = (941749.911379)
r19 = (... or i, 447320.347983 & a, (0b10100) + c)(n, - await, default=not _, k=0b011111010010000011 | '''t''', **név) % u'u'(__x in b < n, (0O33336045073603440742))
obj & (j ** (key > 285102.753028j != b != größe) | (data | (z if result else 9.E205)))
r21 = {False & len: self + '''t''', .5E-162 ^ value: True, not True: 355852.890010J}(items, count if result else y, *CamelCase, end=async, key=__x and "d" and result) or not -0o66103733074211 or {c and (630609.297894) and π: ~ "d" for self in +obj for π in (889948121.0 if obj else 202001174.0) if ... | 0o6 for n in await and async and 710698.763668 if print if r'\d'}.real
r22 = node | CamelCase
r23 = y('\n' / 0.00000000000000001, not 's', reverse=self, key=node * await)
r24 = len << j
