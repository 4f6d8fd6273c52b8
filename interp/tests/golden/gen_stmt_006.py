# Generated: nested statement trees, set 6.
'''t''' ^ (x or 0b111100101011111100010001111101000100 or 0)

assert r'\d' // self, - (result << False >> (items & 5e-324))
if not result | i:
    class Cls1(Base):
        items.next = (lambda x, y=1: _) % (count or await) <= data.left.next < +(c or 0O4464642467301564)
        await = u'u' + 0000 ^ + None
        [a, *b, c] = obj, self = π & (True & b)
else:
    'a' 'b' - False
    if not (lambda *a, **k: value):
        (self * (None if '''t''' else c)) ** + + 138466.396401
        v = c = "d" | total | (313142946.0) / node
        await.ŝ = snake_case_name
    elif not "d" // 181904.454213:
        pass; assert (z or count or (0XdFd7fe6b82Fa0)) ** c ** a or 0 ^ value and ('\n' if await else x) and "d" - obj or not await ** 667502.681837J, ~ '\n' is (not True) > (0000 and 99999999999999999.0)
    elif total and ... and 's' or ...:
        [x, y] = (0XC96Bd1F031ad5EB3aDEf5aacaefAB) is key - b'b'
        j[:x ** 0o6276333224110156163] = result | .300941064
    else:
        assert i[+ key](168j, -π, 0X3f2B4DBA345Fc7Ba2B77eDbc90b4bB and "d" and i, *'''t''' & 0O5552272305317331211167) == obj.real <= (lambda *a, **k: _) + 0O61674 == (i if 9727249407649589499067227738964327 else .5E-248) << count / u'u'
        v = z, items = '\n' ^ 'é' is not (not "d")

if data | print if CamelCase else self >> False:
    assert node ** node
    pass
    if (940j).ŝ(n, 0xCbffD71eBEDE8ef7BBE91e1 or '\n' or result, False or π):
        assert {n.ŝ, + '''t'''}[i ** '\n' >> (1e153j is not 1e23):](*~ (9.e35 & print), default=x, sep=not 0o7723315346540142455 is i < 0O110562565140322062 in .502799277), név
        count //= (... != (0 if count else _) > total > k) > (z | 00) ** (False << 's')
        del items[0]
    elif (lambda *, p0=a.b, p1=x + 1: 896j) | - 974670.147427:
        pass
    else:
        assert (__x and not node and 0B0101001101001001110111011101101010100010010001011101110110110001000) | (j ** n or 's' & items)
else:
    n[node if k else .606943592:None | r'\d'] = {(316304555.) + items for data in None / async}[:None + z:17038456495636783711790020978 & snake_case_name]
    (0O62512 and result and 0000).ŝ.left
    pass
π[:result | 821467835.] = 00 if 's' else 0o72427326267673
if ~ (b'b' << '\n'):
    result = 'é' | név
elif not .499568909:
    with result // 569j or π or key << '''t''', (len & ...) * (total & print) as out[0], (CamelCase or data or async) >> i as self.res:
        while - u'u':
            *a, b = not False
            a, *b = 0o7465 << 0 or 0B110011001000000010010111111101001111011000001001111111100001001010 or ~self
            del x
        del (x, y)
else:
    del x
    value[(1000000000000000000)] = None != π not in (624422963399786817789)
    try:
        a, z = - (lambda p0, p1, p2, *args, p3=-1, p4=[]: j | '''t''')
    except (KeyError, IndexError):
        with not (π and 'a' 'b') as self.res:
            k / (0000 ^ 0X52d2FDc3672A7feB42EA4F53B)
            obj & CamelCase or r'\d' + '''t'''
            __x & value
    except:
        if n ** név > count + név:
            (138829.470918 and j) ^ len ** y
        elif node("d" << (115818), 4217321433647318392417592454 ^ i, key=a - név,)('é' or 2.2250738585072014e-308, b, key=... // async).next:
            pass
        else:
            y = False ** (5741)
            obj.attr += (node or b'b' >> 0 or '''t''') ** ((304j) >> ... and b > 0b111100101111101 >= 341949958.0 < b and c ** 'a' 'b')
    else:
        class Cls2(Base, **kw):
            y[...] = név ** b * k
            0
        @a.b
        def fn3(p0, p1, p2=None, *, p3):
            loc4 = 0
            -y.append.ŝ
            return ('a' 'b' ^ 2.5E+150) >> (await | 2.2250738585072014e-308) or not 'é' ** k, (y | r'\d') & (count | "d")
        for k, v in (not (.5E-21)) + (j | node):
            (75685224330790600120 is 169j) in '''t''' | (0o0253) in (self or count) >= u'u'
i = '\n' ** 'é' / -(962395.564229)
