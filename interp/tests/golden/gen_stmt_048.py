# Generated: nested statement trees, set 48.
count ^= None ** False > False | len in c; not "d"
if +x ** self:
    if (b'b' ^ a) / ('é' - result):
        if (result and a) ^ (lambda x: async):
            CamelCase = key = True ^ len
        elif x and async * größe and (401734511064747568885490523085290650630550748445698208825344):
            assert count or r'\d' or (9j)
            pass
            del obj.attr
        else:
            pass
            key.append = j = 338686005938299380 ** (u'u' - CamelCase); a, *b = i[lambda x, y=1: 3894407691378714j] = CamelCase[+ (self != obj > b != None)]
        assert π & (__x or 0X5D4eac9c5D1Fda50AF1eA)
    elif ('''t''' not in (0b0011000010111100001010000001111110111101) == 0o370556740402272441) & (366649760.0):
        class Cls1(A, B):
            (print or True or 0b00011001010000011101001110110011, 'a' 'b')[3875131017793320570 ^ 188492384.::](not total, 0000, 's', **async ** 9.E330)
            n[not 100000000000000000] = (CamelCase and data, snake_case_name | None, 9.E-357)[..., None:True or print, j << k](False or a or c, 918338534.0J, 0xC7eE2a2Df1Ff9)
            count += (+count if '\n' or größe or (0O5365505366716770) else +0X3E94) != 's' & ... ** None is -1e23 * b > ('é' is (a and .795943528) in 621715640.0 is count)
        class Cls2():
            async = not None ** 9999999999999999.0
    False ^ CamelCase
    with -i or count ^ 476141.126671 or '''t''' as out[0], not print as (a, b):
        a, *b = + True + ((not n) + (00 + True))
elif 413088.634174:
    if (00 != 0o103172617 <= async is i) | self:
        try:
            assert ~0O622371712624727 >= (not 0O2350) >= 0B10110011111111000000100010000000110 in 10000000000000000000000000 << 0O205601
            assert größe.items
            x |= k.attr[b'b' if async else (317029.311423):lambda p0=a.b, *, p1, **kwargs: n, lambda *a, **k: 353j, len | .702434754] >> (len ** len or név or data not in False)
        except mod.Error as err:
            node = π = a if value else False
            pass
    not 27949896225387740202559776928j
else:
    try:
        await = items - items + ('a' 'b' ^ False) or ("d" & node) + z or (9422003460288495775973240244264345 | value) ** c
        x |= ... | z | node and (key ^ π and 'é' and 's')
    except ValueError:
        items[0] |= (not total) + (617250.776235 - 166837949.0) in __x + k << (j in snake_case_name != result <= 751053706583717719) in k & (9.E+291 ^ 0e-308) is j['''t''':None]
        if (__x ^ 0o21205077567105463) / (not z):
            y = +False
            del a[1:2]
        elif items + items ^ (count or b):
            self
            pass
            assert (0000 ^ 0o56602377662) / ((0o305237701324130541131517) << print), y
    finally:
        while π ^ '\n' or (größe or data):
            pass
            assert not 0b001110010101011010
        else:
            j = lambda *, k: (529253.538235 or z or '''t''') >> (not 244080.874499)
            obj.attr += -'s'
        while - (value - .747259589):
            del obj.attr
            break
    v = (result ** _) ** print ** 869j | ('é' << 'a' 'b' not in "d")
    @a.b
    @wraps(f)
    def fn3(p0, p1, **kwargs):
        loc4 = 0
        for k, v in count(0O1623637542 or y):
            obj.attr &= 0X195383685a8D > 'é' ^ '\n'
            ((396891054602796988905364543056755083261) ^ i) ** (0o5347 & x)
            pass; del items[0]

for obj.attr in {r'\d' is 791187800.0: (0.00001) * snake_case_name for (x, z) in (0O74327) or await or _ for self, self, k in data if data ** 695157897763417351454567 for (value, CamelCase) in 'é' ** result}.next:
    0.0000000000000000001
if -(név ^ ...):
    pass
    név = u'u' >> key | (async if True else 'é')
    def fn5(p0, p1, p2, *args, p3, p4):
        loc6 = 0
        with not ~items, lambda x, y=1: result | "d" as (a, b):
            yield from b ** név ^ (j <= k == größe) ^ ((not __x) | ((0B000110011101111010110110000100101001100111110011111111101000011100) and 0XdD1c8dF445b9 and ...)); pass
            y = y.ŝ = (0xeD02) and 850177.778856 and 1210100145038694
