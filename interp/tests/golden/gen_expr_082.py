# Generated: expressions mixing every operator level, set 82.
r0 = ((0O32) | 'é') ** (355505135.0 / 'é') / (not j) << CamelCase.left[lambda *a, **k: 'a' 'b' ^ 0o7543150044451:], {print for (j, value) in n and x if not total for (data, count, obj, total) in 374144419156711147060143317175368453031918731001856 // '\n' if total ** 0b10110100010000111101111011011110111001001 if 9.E-345 * self}[y * j:]
r1 = not (1e+132 and j and total) ^ 643j ** 0O556402343322350261442, items[node >> i][..., snake_case_name + await:]
r2 = obj['a' 'b' | data, -await] + ((__x or data or 379149.469100) - größe * obj) ^ (lambda p0, p1, p2, **kwargs: data - __x) - (név * print << 0000 // 28812454.0)
r3 = None % a
0 or 85954.879174 or n
not π >> (.5E+324)
r6 = + '\n'
r7 = 0X7B947e2aAFeea46Bc7481 ** print
r8 = data(total << await, z and data and π, größe or value, key='''t''', **- 9871.841689).items == total - 1000000000000000000000 | _ * result > (value * k or '''t''' ^ snake_case_name) in b(k=~ print)
r9 = (not '''t''' if a else result) or self(*async).next or ((.5e+3) or 'a' 'b' or True) - _, (967913.862037) + (größe & 0o5667532271022367061212)
r10 = not - (data or 000) + self.items, print.attr
r11 = key
{(... if 22j else 772565278.0) & (00 ^ total), (c < key is (36893488147419103232)) != u'u' ^ False, u'u' - _ ^ größe & a}
(r'\d' << y) ** (not await)
r14 = x
r15 = {('\n' if 'é' else async) | ('s' / async and not (9324884487088734898)): ((9.e-23 and True) << u'u') % (y >> value | (snake_case_name or async)), not items // key ** result: (454j)((r'\d' or 95129040720595025537724699795242455 or items) << async, not (0e-189) ^ True, end='''t''' or - CamelCase, k=z)[i << z >> (u'u' if '''t''' else 0b101001100111111), ~ ('é' >> False):False ** n * (1E59 is z is not node)], ((result if False else CamelCase) is not b < value | r'\d') * k: (x & CamelCase) // (None >> 617480.200189) or -print}
r16 = await ** .5e+390
{(a & True) << ((0X19F8cCbC) or async or név): {self & a, self if None else True, 586853.200087 - value}, {_ * 0000: 543j for (key, (result, result)) in key for (n, data) in 'a' 'b' ** a if 'a' 'b' if len + 0B110}: total("d" if b'b' else await, key=größe + (9.e+383), **snake_case_name)[...][2.5e141:i ^ result:"d"]}(a.left for data in True & ... or items and (523704.113906) and ...) and [CamelCase and '\n' for CamelCase, await, async in y if x if (False | 0O360414) // (.933250163 & count) for i, c in (lambda p0=x + 1, p1=None, *args: '\n' // i) if not (lambda x, y=1: 36893488147419103232) for (i, größe) in ((9999999999999999.0) or 455925892502871832493668202 or (418175679068516070228197)) + név]
r18 = not count if k else total and False
0B11000011000011011100011101001111111 ^ (0xf43EF6c)
'\n' - _ | 2j
r21 = ()[not async:data == x:]
~ (973j & _ & (478824.198842 and __x))
r23 = total or 328164.279469
r24 = CamelCase(.934165733, None ** async).ŝ(data | self, True / 2.2250738585072014e-308, **not self), [False, 0e362, 'é' is k <= count is 717831.532872](*None in 0xdfaAc6c2Dbf in 342416239.0 is 0O0357, k=total ^ data, default='a' 'b')
