# Generated: nested statement trees, set 8.
π = (9.e+125 >> 0b010011000111101010001000011110) / async

def fn1(p0=..., p1=-1, p2=[]):
    loc2 = 0
    try:
        größe.real = j
    finally:
        assert not 164178254. is False < 'é'

items; del [x]
if 245965.124122 - x - (n | a):
    def fn3(*args, p0):
        loc4 = 0
        obj.attr += +j and self | "d"
        i[(0x0Bb9E65A425acc8050B7B6C0dBdc) and obj and u'u',] = {'é' * 1E+18 | result + items: (0B0010101100001000101000000000111011001010011 >> "d") * (0E-61 and value and 0O51127246146) for CamelCase in ((0o3315360033734133731427071) + value) // (j + y) if (0b10011000) % node | CamelCase % False if (((835608.10274) if False else (335532.4180)) if not u'u' else (0))}[- _ if await // u'u' else 'a' 'b']
    if 'é' ^ None and None < név and π:
        pass
        [a, *b, c] = (a, (b, c)) = (0xae0073bBaDBce5 if 'é' else .992160791) ^ (node ^ 00)
elif (lambda p0=1: lambda *, k: größe):
    @deco
    @deco
    def fn5():
        loc6 = 0
        await = i = ... - obj
        del a, b
    for obj.attr in obj(név + False, *806443.678079 ^ (0)).real:
        [a, *b, c] = CamelCase[u'u' << print & (größe and 0xf10725AdF2eC0eA3f69 and i):__x.x:(not value) | u'u']
        j = CamelCase | (0b1000100011000011101000111) and 0o517410043750717050215 and '''t''' & c
        assert 0XcA if c else ...
    else:
        i = CamelCase.attr
        data = π - ("d" not in (0O0251511))
elif (self | obj) & ((0o06206) ^ j):
    if 83648804.0 << obj >> 332306998946228968225951765070086144:
        0b100010011010011111110000101010010010100001111100011101 ^ c
        größe
    elif (u'u',):
        del [x]; __x = key[x and items and '\n':] = j and u'u'
    else:
        assert z, lambda: (99999999999999999999999999.0)
        del [x]
    await = await + r'\d' ^ (not '''t'''); del items[0]
    if node + (True & 0):
        assert größe.real
        assert (0b01101101100010101101001001010101000100001 if 0x7e34fee9B83E0BBEFF6abdA else 868740.108692) >> (a if '\n' else 0j)
    elif (c << data) ** a:
        név = lambda: True ** self
        pass
    else:
        (node & value - b'b') % (data ^ items ^ (9.e-227 | True))
        del obj.attr

