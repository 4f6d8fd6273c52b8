# Generated: nested statement trees, set 21.
class Cls1(Base, **kw):
    class Cls2(*bases):
        név(0, 174j & '''t''', 'a' 'b' << print, end=count)(reverse=_) & {}(u'u' or False or név, sep=(483j) & z, k=items or 'é' or z,)(... / 000, b'b' ** π)
        pass; größe = (u'u' << value) + (not CamelCase)

assert (not False << CamelCase) | (n + (314254025.0) and CamelCase & i and (count and True and "d")), CamelCase - 0o363650121547105634043 | ('''t''' or result or b)
for i in b ** (print not in 0b00100110110011101011001011 < True > 00):
    with ((00J) ^ 38063.361287) & (i | result) as out[0]:
        '''t''' and await and π
        obj.attr **= async ** r'\d' & (.899106391) // (103042417.0) ^ (größe & obj <= ('''t''' if 582100409.0j else 0O3611523303545761251453123) == ~ total)
    CamelCase = ('''t''' or (9.e+309) or node) or név or "d" == 5223715463109829097333915740 < '''t''' in j
else:
    while +(await and count):
        continue
        + (None if self else größe) << b - obj
    if lambda: '''t''':
        assert (00) and None, ~'a' 'b' ^ (value | async) if u'u'.append else +items >> (π and (1e23))
        snake_case_name >> __x or (n if value else 'a' 'b')
        assert größe(k if (10) else 'é')('''t''' << self, y and 343965740.0, ~ node, *π ^ 85855234., k=u'u' or 0b110100111100000101110100100 or value, end=n)
    elif (not y) - (0B1011101100 & j):
        del obj.attr
        len.real = print = "d" ** CamelCase
        len
    else:
        count += (lambda *, k: True) and key
n.real = items & 's'
k + ('\n' - größe) * ('é' or snake_case_name or 3780893629621192390200029631)
with data ^ 1E343 and 296j | 4125178822279965645949495771708454 and c ** név as self.res:
    def fn3(p0, *, p1):
        loc4 = 0
        yield größe(node if data else _)
    count -= key >> (not größe)
    async = _ = print + None and __x ^ j and not obj
for obj.attr in i >> CamelCase | (async or c):
    class Cls5(*bases):
        if len ** '\n' and (lambda: 'a' 'b') and (__x and 0B0111010110100001100011001010010101111 and z):
            c[:] = snake_case_name | c or not y
        elif (9903520314283042199192993792 if obj else "d") ^ await:
            items[0] **= u'u' & 's'
            x -= 0O57160
        elif 's' | b:
            pass
    if {2.5E+56 & snake_case_name: _ ^ b'b', self * y: r'\d', z: (9.E24) + CamelCase}.append:
        x |= lambda p0, p1=1, p2=(1, 2), *args, p3=x + 1, p4: név
        pass
