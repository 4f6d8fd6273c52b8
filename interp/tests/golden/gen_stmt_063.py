# Generated: nested statement trees, set 63.
assert 's' > self not in 0O231145557 != total
assert key, (((0b0100001110001111110010010110010010111011111100) if y else await) in (n or (12080531.0) or u'u')) is +(688698.143323J & '''t''') not in +(True >> '\n') in (CamelCase if 0xd433E230F655eC2e168 and .483475106 else self == __x)
x ^= 0xd66 ** snake_case_name // (not b); y = async(n + 0o5716316512732, 'a' 'b' or items, *0000 <= items is await, **"d" or u'u').attr
π
data = ('s' | snake_case_name if (π if None else 496j) else '''t''') if (lambda p0=lambda: 0, *, p1=(1, 2), p2=a.b: snake_case_name ^ (0x2D7D3c8Bd9c38CDCBe18)) else ('s' or i or "d") ^ r'\d'
if '\n' & 'é' is not - (0b1001100000111101000011):
    del obj.attr
    while größe & '''t''' << i:
        @x.y.z()
        def fn1(p0, p1=1):
            loc2 = 0
            v = (i ^ 982j and ("d" if 's' else b'b')) ** {node ^ CamelCase for CamelCase in (0x39ebC0f68a08cB6cCF9CbF) // key for print in not data if None | r'\d' if ~ True}(snake_case_name or 's' or b, a | True, key=value & 747426788.0,).x
            assert not k & y, 's' - key and len is u'u' >= b'b' is x and snake_case_name
        for x, *rest in (999999999999999999999999999.0 if len else π) ** (b >> "d"):
            continue
        while k | a:
            result[CamelCase + z].ŝ ^ (... << items or 9999999999999999999.0 or ('''t''' or n))
    else:
        if _:
            ~ u'u'
            del a[1:2]
            pass
        elif x ^ π ** result:
            CamelCase = result
            n.left = n
        else:
            del x
            π = node, len = ((54819961377781859 or 6074386) >> 405994967026474898, 'é' or 0000 and x or count)[(CamelCase == (471946.902934) <= y != _) ** ('s' % print):+ (213304.150066 > None):_ >= b + '\n']
        obj.attr //= not 's'
        while len ^ 5575186299632655785383929568162090376495104 or u'u':
            break
            not data
    if (... ^ név) // async:
        if - n == 0o4053122001437403306414045:
            assert key ^ b'b'
        else:
            pass
elif 0b010010100000010100100010001001000100101010 // (0o2173325552) or (663993.335446) | x or (z if 'a' 'b' else "d"):
    (not '\n' in self <= 91951.160702 == 'a' 'b') - név(end=not b, **(5391)).value.items
    - n
if items(*... + b, reverse=node << 000, sep=+b'b'):
    del a[1:2]
    if ((585890996.0))[...].left:
        if (u'u' ** größe) ** 657496715261331879564171374 ** n:
            count ^= k | (not 414045.850813)
        elif + ('s' ^ print):
            obj, data = await ** j
            obj.attr %= + (None >> data) or (π > ... >= a) <= snake_case_name == 's' | 1e22 or {0O01302447615165377734: async % 422252869. for data in await == (0o1537455077447) >= async >= items if k and CamelCase for CamelCase in + total for (total, y) in not '\n'}.real(- result, count | b'b', False, *lambda *, p0=lambda: 0, p1=...: self)
        else:
            c[node | b'b', :data or c or '''t''':a | False, __x + j][(0B000101000010111110100000) & 0B0111011001111001010101110::c ** x, ...:0E25 or async or y, __x:'é' ^ 's'] - (not '''t''' % self)
            assert 's' << obj
            pass
        print, i = async[(0O40103721),][(0e+168)]; del obj.attr
    elif _ << (None ^ z):
        27616921076413891906202592863 ^ c & 0b00000001000001101100110111001111100000010101111011111110111011011010 ^ await(snake_case_name or CamelCase or u'u' for z, data, len in größe)[26j ^ u'u']
        (.305303470)
        while ... ^ (0xd3afB) << größe:
            continue
        else:
            count /= ~ 00 & (r'\d' & 0B1101100101101000001)
            - 0o60474174142 ^ r'\d' if len | count <= '\n' in __x ^ False else -u'u' ** 'a' 'b'
            len(__x ^ b and not None and ~0X06C024bDfd81b1cE1efbD9, (obj if snake_case_name else 0O122774031531412) | z, default=(not 885724174.) ^ (0B011100111 and total), key=(True and 720303764. and 1606938044258990275541962092341162602522202993782792835301376) >> CamelCase).items
    for obj.attr in größe >> async & total:
        break; pass
elif __x >> items or True << True or ("d" or y or (0XD0fa3d3D968cB801E285CD8b2F5)):
    pass
elif self ** '\n' and ('''t''' and None):
    for [p, q] in not x:
        data = result.next = c & i if c else (0b110000000001000110001110)
    else:
        with (j if True else n) and _ as (a, b), +(z and k), y - (414934.621663) & await as f:
            (lambda *a, **k: None and 0000 and ...) & (b'b' and (923855.648240) >= j)
            z[y or (19319557373):data & 1E250, lambda: CamelCase] = value if größe else 451099.706193; obj.attr &= not (b'b' or '''t''' or 'é') ^ (.138490655 and True and a)
            (2.5E161) ** (False / len)
        for obj.attr in async.x[...]:
            break
            del a, b
