# Generated: nested statement trees, set 26.
x &= ('é' & c and '''t''' + 0X9f25ADcb1Cf8D56aeE98FA4FD and a ^ value) & + név
total = async.attr = CamelCase and not 'é' and 'é' << größe
assert (not z)(reverse='''t''', sep=... << key)

if i[self >= data, ...].ŝ:
    while (k ** snake_case_name) ** (y >> result):
        while (async and __x) >> result:
            break
        @deco
        def fn1(p0=..., *, p1=(), p2):
            loc2 = 0
            return y(i and '\n' != 906028748723928802948796 > key,).value; key((snake_case_name & items) / (not items), sep=(not j) | ..., end=78683.299627 << (data >> print), **data // obj | ... - b'b').attr.append
            lambda p0=(1, 2), p1=1,: async; k / 135771.988590
            yield
    if __x == self + (0000) in self:
        try:
            __x.ŝ = c.items = result ^ None | result ^ obj; név = (größe ^ x & '''t''') // (CamelCase + 582125.346494 + (not data))
            'é'
            await ^ '\n' ^ (not count)
        finally:
            obj.attr ^= CamelCase if j else 'é'
            del a, b
        for x, *rest in (result << (366165)) * True:
            pass
            pass
            assert (value or (627977) or a) >> - 'a' 'b', print.items(k ** 00, *value << await, key=total) >> total % self ** True
        else:
            _ = (key or '''t''') ** (u'u' ^ '''t''') ^ - (0O317301436321366673063 | __x)
            del items[0]
        def fn3(p0, *args, p1):
            loc4 = 0
            assert __x | "d" or 'é' | 0E-61J or a >> __x, r'\d' and total and "d"
            not not a >> (470j)
            items = (869501982.0 if z else len).attr
    elif ('''t''' if print else b'b') and .5e11 not in '\n' > 7548737359333532 and 5070602400912917605986812821504:
        -(1e23 and '\n') ** (r'\d' | True)
    elif 0o26437527777 >> (b or obj):
        class Cls5(Base, **kw):
            pass
    else:
        self, value = value in b
        for x, *rest in '\n' & count is not - len != _ & CamelCase >= (x and _ and b'b'):
            not [][::]
            continue
            x //= self >> j + obj or - (2.2250738585072014e-308)
        total = (n > 743444141.0) + len * név
    (0X0b6eCeF0d)
else:
    for i in b'b' >> '\n' or 0O34575 << (0E263):
        x /= total
def fn6(p0):
    loc7 = 0
    pass
    snake_case_name ** items
    @a.b
    def fn8(p0={}, p1=lambda: 0, p2=...):
        loc9 = 0
        -(... + True)[(0X4F99fEab9EFFd4cA0e10eeb7d7bab)](node, *node, end=_ - 725248.196127)
        + i
