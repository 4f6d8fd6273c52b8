# Generated: nested statement trees, set 61.
z = k[:'s' | 670316.499635] = snake_case_name ^ 0B00110011110010100000100001101111100100000000101101110010111100011100 and (j and 'a' 'b')
- x | ~0XCBEb84eADAD or (000 & "d", not self, not value)[177505.434636 | len, b'b' != result is n, ...].append

@deco
@deco
def fn1(*args):
    loc2 = 0
    class Cls3():
        try:
            (größe & None) >> (2.2250738585072014e-308 > _ != obj >= result) if '''t''' ^ x or 0b0010100000111000011101110111000111010000101111000001000101100100001 else {36522134: self + key for k in ((0O5616663507) if 'é' else result) if (lambda p0=1, *args, p1, p2={}: größe) if self - obj}
            result ** (i and __x)
        finally:
            items[0] **= 214807.977520 + 719300857871269242038684812463246837
            del a, b
        count += node()
        for k, v in __x ^ n | 'a' 'b':
            continue
            n or (lambda *a, **k: items); continue
            continue; result ** z ^ _ ** r'\d'
    def fn4(p0):
        loc5 = 0
        yield items
        for i in r'\d' ^ total | (lambda p0, *, p1, p2=..., **kwargs: 'é'):
            obj.attr -= (a or None or (0)) - obj
            del [x]; assert π >> data
            count ^= j ^ snake_case_name
        while obj.left(00 ** __x, reverse=~ '''t'''):
            assert ~ 0O211413566443123266031717, ()
            continue
    with π(node and π and 000, π & 75058125111788129207j, k=lambda *, p0=a.b, **kwargs: a,)[self ** (0B100010011110010001100001111111101001000)] as f, y & CamelCase & - c as self.res:
        total, value = größe[__x & 0X7841b9fe23dE24222Bfaeba:await % c].next if ('\n' and ... and x) - 0B1000100011011001110001100011001001001001000101110101001000101010011 else data; x &= ~ r'\d'
        @a.b
        def fn6(p0: f(1) = -1):
            loc7 = 0
            assert [not x], (snake_case_name or b or result) & (größe ^ 0b000000001100101111011101010010001010000111111101000000)
            yield not 993275.737961
        while +r'\d' & ("d" or i):
            self = (990047224705 & - '''t''') ** (0x111BFB6E6793a2 & await > (0B1000100001110011101011001001101000010010000111 > key is not .575281388) >= a is async + z)
            assert True | 244230.772120J, {len >> 'a' 'b': async ** True, 's' | 'a' 'b': 2.2250738585072014e-308 and (48214509733131834194569809966548), (1000000000000000000) < j is self: größe}[:]
            n, größe = k << obj

π, print = [55j * 's' for obj in 0O6620756414132054156007311 for items in c ^ '\n'] | (_ > "d") ** (größe >> y)
try:
    key = await[not 97111915528985] = x + True
finally:
    z = key = 9061136690086082 ^ total

while [... != π, 35823589767513357653597648 if snake_case_name else value](696898287454081973172991196020261297061888 ** .214009271, 44406383.0 + r'\d'):
    obj = not 00
    pass
    ('s' and b and c) ** y
data = "d" or ... or név; *a, b = (('''t''' ^ print) >> x) ** ((0) + key | (print if 's' else n))
