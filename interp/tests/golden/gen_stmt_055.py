# Generated: nested statement trees, set 55.
del a, b
pass
total.value = ~((result if u'u' else '\n') & (b or u'u' or (78882670.)))
with c ** None ^ (self | False), (π or r'\d' or len) / (... & u'u') as f:
    if {None ^ (1e-302) for (π, a) in self if 0000 if u'u' or 0XFf03E9ABd09F72179 or obj for obj in (0O6665145630420546230) if u'u' >> i if _ & .475117946 for größe in (lambda *, k: j) if +self if CamelCase <= CamelCase <= '\n' is not result}((0o747230610577) != len, *"d", end=(2.5e+65)):
        x, obj = (π * 289821.59872 ^ (b ^ obj)) >> (805972.512076).x
        def fn1(p0=-1):
            loc2 = 0
            pass; return False if __x else 'a' 'b'
            async['''t''':251067.352967 ^ result] = __x ** CamelCase
    else:
        if ~0B101100110001000011 if 41538374868278621028243970633760768 | b else j and b and n:
            assert 'a' 'b' & 0X4dA4492D79dCAfEAdBB6bc11B
        y, n = count = 0b1110001110100011111001 ** a and False // .5e+102
        x ^= '\n' | "d"
    self = (__x or len | 9.E-175 or '''t''' >= print < 0O2175373304426627021404033) or -(0b10000100100010011000101110000011010 | z) or None.left(total ^ n for __x, n in key >> self)
    with (1e22) ** π or 00J ^ 'a' 'b' as (a, b), b + CamelCase not in len is not "d" - 204751.635734 as self.res, await + (not True):
        def fn3(*args):
            loc4 = 0
            +(result << y if n else "d" if 284484714 else node)
        items = (π if j else async) ** ("d" & x)
