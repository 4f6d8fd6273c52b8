# Generated: nested statement trees, set 35.
with 9486347216051733570J | ('é' | print) as self.res, len % .5E+106 != node ^ 'a' 'b', (None if 'é' else len) or (None or _ or r'\d'):
    CamelCase = print << 's' or ('''t''' if x else total)

(c or 0O01017373453527) and i
while lambda x, y=1: y:
    if lambda x: i | True:
        count <<= obj
        pass
        await['a' 'b' != self] = größe >> x
    elif +0o736137:
        x = '\n'.append ^ b.real.next
        pass
    elif (név or n or True) != (322431033.0 in 0000 != True) is (not c):
        not (async | True) - items
    else:
        k[len::] = - (await | b) & ('a' 'b' ^ 0O227101637425135461 and (0b011001101000000001010100100010110101001101101101100011 and j and print))
        value[::(0e-55) & print] = 'a' 'b' and items; break
v = n = k ** név - (__x or b)
with (not async) ^ b'b' >> 0o216323452453712640, not 0xCd9 ** await as [x, y]:
    for x, *rest in __x:
        continue
    class Cls1:
        class Cls2(metaclass=Meta):
            pass
            c.next
        pass
        if 498084.896179[40507.556896 // 's'::π ^ r'\d']:
            assert 3238012584990279400262 >= None, + größe == (9999999999999999.0 != snake_case_name == self is not key) == (not 1e23)
            a = len('s' << True, r'\d' | "d", ~ r'\d', *len or 's') or -(count | "d") or {'é': ...}
for obj.attr in count.real:
    with {0E289 and r'\d' and node: snake_case_name and value and i for z, count, await in None if -"d" if '\n' <= 895407.676593 for value in __x if +a}(größe ** k, 00 + n, total if i else r'\d'), a("d" << n, 42325890066 ^ größe) as (a, b), 'é' <= u'u' != π > _ or 'a' 'b' >> '''t''' or (lambda *args, p0='s', **kwargs: key) as out[0]:
        items[0] <<= (items >> self) + -_
        if z & z ^ (k | (0O1424143170263224723141)):
            c >> (000)
        elif (0o1276616767 or "d" or j) ^ __x:
            (y ^ (0b01001000101110100000011 or a or u'u')) % (await - u'u' if not 'é' else node is len not in await)
        elif +(async == "d" == i > 598319.779615):
            del a[1:2]
else:
    try:
        del obj.attr
        for obj.attr in len - 0xE6387aCeDbB1b765C693954b0a & 48j:
            pass
            break
            break
        else:
            False + self
            assert 'a' 'b'[:key:] - (x or not x or 497375.162805 & __x), b((len and π) ** (not i)).ŝ
    finally:
        größe, x = not (0X9f487376)
        k or '''t'''
    while (not j) not in (00) ^ c:
        u'u'

