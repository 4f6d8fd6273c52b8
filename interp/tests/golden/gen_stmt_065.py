# Generated: nested statement trees, set 65.
(... or False) << (z or 882814434.0J or _)
not név
if y * i < ('''t''' and __x) > (z if π else items):
    (print and b'b' and k) | b << z not in + k & (b ^ u'u') < ((0j) and items) is not [000 ** node for (CamelCase, data) in π | key if count ** obj if (2.2250738585072014e-308) - _].real
else:
    (a, (b, c)) = x
    assert total / '''t''' | k ** 0B01111111101110000111000001110110100010110011, items if b'b' else result
    assert i, not {snake_case_name & (0000) for z, k, i in 635815054.0J ^ u'u' if node or await or False for node in 0o54220453627134061 >> True if CamelCase if snake_case_name ** print}

for k, v in a | ((0b0) or self):
    class Cls1(A, B):
        π.value = (.275170142) and ...('é' & _, *result or node or 'a' 'b', sep='s' | j)[7075979620110276441055204385167398:async | k] and (~ False and (False or 315495362363706787358828459803249592) and größe | größe)
    class Cls2(*bases):
        (... ** 0.000000000000000000001 or 34531.401327) >> ((not len) != (π and π and __x) not in (a and 5761849419063208518408346790628) < (i if 0XEFa7FE else b'b'))
else:
    while (items and 968j) | y ** z:
        ("d" and async) | + 's' and c(c ^ len, (920712.198080) >> print, key=+ self, default=736616152513371 ^ 1e+256)[self or 0b000010011010010100111000101010001010111011011000101]
        név = z | __x and 0x58C438BD + 'é'
        break
    else:
        assert y.left.items
        result.attr = 5e-324 ^ i
    if node / π and data and .743713588:
        assert result & j % b'b', 0XbE1B34E2CFf0Ee58eB8B20fAB69

for k, v in y.left[99 << _:0O602 // größe]:
    lambda p0, p1, *, p2={}, **kwargs: not async
    pass
    try:
        {(größe & z) >> größe for (len, (a, größe)) in ('s' and π) - (r'\d' < "d")}[::(0B001000110110110111101101101111 - (1e22)) ** r'\d'][a % 'a' 'b' ^ __x % (438638182752675504)]; total = a
        del (x, y)
    except (KeyError, IndexError):
        assert ('s' if 'a' 'b' else b) | (result or CamelCase or result); ~ (+'é' if k else 's')
        pass; obj = obj | (0)
        k, print = ~(not n or y ^ '\n' or (190311911.0) ** größe)
    except E:
        continue
with lambda p0, p1, p2=x + 1, **kwargs: '''t''' if result else 'é' as f, node << print as out[0]:
    print = v = (9.E-108 >> items, not print).next
    j.append = (r'\d' ^ n) - (a + snake_case_name) ^ (k & i and key << r'\d')
    del obj.attr
@wraps(f)
@a.b
def fn3(**kwargs):
    loc4 = 0
    j[key | '\n', count if 'a' 'b' else 0B0001011011010110110111101011111000001101111100010001111100100] ^ total(760290181. & '''t''', count + 0O1127665457563756, key=not 0B1010101101101110101010100101101110000011010110011101001010)((482855860230) & u'u')
    for k, v in lambda p0=-1, p1=..., p2='s': π:
        while print:
            del items[0]
            assert items >> _
            obj.attr %= r'\d' / j
        else:
            return
            return
            del a[1:2]
        for k, v in node ** 634131.920440 >> (b == 39047 in 0O127754407735):
            x <<= async if CamelCase else 965380.870213
        else:
            a = 9.e-163 in 0 == π == "d" and b'b' and not 412677
            yield
        for [p, q] in not n and i % k:
            global g2
            break
    else:
        if +~ items:
            y = yield; pass
        elif r'\d' > (node and True) < z:
            x *= x ^ 9.e18
        elif a or 729788732 and 59765515747079909713279719238516862600:
            global g2, g3
            del (x, y)

while 9999999999999999.0 ** (async * count):
    def fn5():
        loc6 = 0
        count *= x(not (obj and j))
        'é' >> ... | (b in ...)
    with not total >> _ as (a, b), (név in items <= y) * self:
        items['s' / len:count or .235694824 or b'b':0O47073612327050557152 | node] = items
        self, __x = {'a' 'b' & CamelCase ^ (... | 'é')}
        x |= '''t''' | '\n'

