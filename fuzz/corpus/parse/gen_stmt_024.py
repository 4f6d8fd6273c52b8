# Generated: nested statement trees, set 24.
for [p, q] in a >> n & print << items:
    assert result if c else z
class Cls1():
    if print + 963343327. | 0b1011010101010110001011111 % False:
        with key(CamelCase if ... else False, *True or 398j).real[i:], 0O431 or 62111059. or total | None as (a, b):
            [a, *b, c] = i[416756817. << a] = {True | 0 or r'\d' // (538j) for z, self, n in not obj for (count, y, count, b) in {245426666563879079 and key and False, j ** 656008.351660, not 's'}.left[...] for obj in ((916090.919628))[0xEdA3Cd4c7d63](default=-value)}(0B11101011010110100001011100 ** False & (async and r'\d'), *-50878532681570 == obj + node is (lambda p0=..., *, p1=lambda: 0: 'é'), **node)((b)[a ** False]['é' == u'u'::k, key - (1j)], n ** (data >> c), (lambda p0=a.b, p1=-1, *, p2=1: 0B0010010) or CamelCase, reverse=~ (self is not obj), default=self / (0O331065016642421353012535) // (obj | x)); x = x(items or 410143523164241001004199520726922932575 ^ False or (data or név or value))((not a) << n for z in not név and ("d" if None else data) and (000) - None)(not "d" << 5e-324 for név in 'a' 'b' | 'é' | (1e+329 | (0B1111010000011001100110100)))
            assert async & (größe != 0000 is not node) if k.items else ("d" or async or c) ^ (async not in async >= 's' != x), (2.5E292 ** z if π else ~False) | (+ 2.5e-367 | (count or 'é'))
        print(k='é' or total).ŝ(count, *~result) & (... % key <= obj | c > x & ... == (CamelCase in 533484339.0 < b))
        x += total[y] - (00 < (not i) not in x + 0B1110111010011001001100001110001010100111101000111100100110100010010)
    elif '\n' + 9999999999999999.0 or 1e-260 and c or node | None:
        async, π = (node and 's') | c & π
    elif k('''t''', value, not result, sep=len & k, k=not größe, **~ 516597828815945557394):
        def fn2(p0, p1=None, *args, p2, p3=(1, 2), **kwargs):
            loc3 = 0
            return
    for x, *rest in + value | ("d" > b'b' in 0000 is 0B11011101100010001011011101101011001010010110100110101110110101110):
        [a, *b, c] = (not 0o554620716044 for j in items & value if +név if async)(a ** CamelCase, *0O3624605215275242733 | größe, default=a, reverse=c and 'a' 'b' and x)[True:00 in r'\d' is async, größe is not 979941677. > '''t''']
    else:
        for obj.attr in not 999999999999999999999999999999.0J and ~ 'a' 'b':
            pass
            *a, b = (0XcFd1F3BACBde53D2f0EB60) << ('a' 'b' and 379j and False) not in (lambda *, p0: y or CamelCase or 410859.239129) >= (lambda p0, **kwargs: b'b' and False and 000j)
        class Cls4():
            del [x]
            del items[0]
            r'\d' | u'u'
    CamelCase.attr = (async & (411717.933135)) / ("d" or key or 683957888.0) | (lambda p0, p1, p2, **kwargs: 23420.224788 | False)
while not ...:
    if not +k:
        pass
        obj.attr += +(not π - total)
    elif 819922.135244 + (n | items):
        pass; pass
        break
else:
    items[0] %= - "d"; assert not (obj if ... else größe), y ** ('\n' | key | 5e-324)
items[0] //= not "d"
