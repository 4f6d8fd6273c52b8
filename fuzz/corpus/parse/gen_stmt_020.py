# Generated: nested statement trees, set 20.
if (751392.358625 if (1e+264) else result) << ('\n' ^ 'a' 'b'):
    for i in (y or név) ** True:
        count, total = __x if u'u' else 796625942.
        pass
    if 0O0705726262450203 | (0):
        value = async = not result.items
        del x
    elif (655443.780087 >> False) / j:
        (0B100110010110000101 << count - 2.2250738585072014e-308) ** (CamelCase - ('''t''' == z is not _)); del [x]
        *a, b = név[(await and items) & π + snake_case_name](0O1007542632274663047 - 0X97F or n ** True or (0O1267344503417663 if r'\d' else obj), **node - 189851221.0 >> items - len)
elif - (not 0O1040):
    with (not 816473240.) // (await - n) as f:
        z.items = y = 0xDa685ab38a2Cf if größe else __x
        items[...] = print = not not r'\d'
        assert count + False >> '\n' ** i, async((0o140) or a, 0X5CbAea335c > 9.e+84 is not 's' > b, False ** ...)[False and '''t''' and b:x]
    if -(k or größe or 0xf659c6):
        del obj.attr
        key.value = (a, (b, c)) = (r'\d' and 13854762285057469384744487866592750349 and x) ** (lambda p0, p1=-1,: len) - (+'s' and 388j and await); c = π / data >> snake_case_name ** False
    elif (__x < 0o56173750) / (result if 958363648594446185415914702022526 else (70941.529531)):
        c(*__x + u'u'); CamelCase[π] = 'a' 'b' and 'a' 'b' and count if ~key else _ ^ 0x383Fc7bd
        len ** items // {1E+340: b for len in value | None if a + count for value in (lambda p0, p1, p2=lambda: 0, *args, p3, p4: 0Xb66256CA5f48a3C34EA1) if n <= 'é' for __x in obj & 1000000000000000 if k or result}(**0B010010100 & node)[0b01111110 ^ y]
        k.items = 625045.835844 - 560585.14197
elif 'é':
    try:
        c = j = (key ^ u'u') & CamelCase - print
        pass
    except E:
        000 / node
    except ValueError:
        items[0] |= j(not név, größe - (0000), **_ | b)(**i)
        await = value = {}
        items[0] **= (b ^ .5E+201) & ~snake_case_name | z(j << x for (obj, (total, data)) in n).x[π | self]
for obj.attr in j if len and '''t''' and x else 63357371. % CamelCase:
    pass
    pass; break
else:
    with (not print) & (99999999999999999.0 or b'b' or 0x8d55fB94d5A) as [x, y]:
        print = [].next[(49189511493414514787022573586987 ** 5e-324j, count ^ key)(key="d" & 0O5)]
    key and node
    class Cls1(A, B):
        a.ŝ = (value if CamelCase else x) ^ -"d"
        with (data < név < total) * b'b':
            def fn2(*, p0: None=lambda: 0, p1='s', **kwargs):
                loc3 = 0
                items[0] += items(b >> 0O544017355641452, reverse=größe if CamelCase else key, k=~(3698187032), **None << ...).x
            if (node | await) ^ ('a' 'b' >= len >= 1e244):
                größe = ((0 and print and _) ^ (0XbDC) ** _) >> (928352551.0 << async) ** result
                __x = (await | .657005554) - (not a)
                pass
            elif (.547400142) & név | (not await):
                obj.attr -= (7230354631800873821188393182471546396 | 4002300073313806280) & (not result)
                not (.842578211 - 00 for self in 999999999999999999999.0 if a)(node or result for x, await, result in self)('''t''', 234j and CamelCase and '\n', 764525798.0 and snake_case_name)
            elif snake_case_name(9999999999999999999999.0, not await, default=_)(160666759002 & None, total | (0e380), 0000, *(481512887) if 1e22 else a, key=key, **c >> None):
                snake_case_name[425j, n:x ^ _:b'b' * 0xfe1d167cfE638] = n is items
                (snake_case_name if "d" - print else snake_case_name or 493624.706613) & (not 908j) / (000 & self)
                +i or 507332.889888
        del (x, y)
obj[b'b' * 0000, 0 and key and j, items / await] = value = i // 85574191.
größe, π = j = False + b
