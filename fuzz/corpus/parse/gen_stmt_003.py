# Generated: nested statement trees, set 3.
try:
    while 0B0011101001110100000011111110100101010110110110111111101110001110 << await & ('é' if print else 's'):
        v = j - 'é' ^ 0O61660356234656
        [x, y] = a.items = 's' < (0b10000110000000011011011000110111001001000)
except (KeyError, IndexError):
    y = value = not 0xC8dDDeEdA4 // 0O10437023550435377460
    for (a, b) in 843439597. * self / (k * print):
        n - None is not (not print) != -'''t''' < b'b' & False
    k.real = not b
except E:
    snake_case_name = x[5e-324 if 'é' + items else 'a' 'b' ** 2.2250738585072014e-308, not count and not 0o42416, 00 and - 's']
    if result ** (97318426848175700493902238846118587 * z):
        items[0] ^= not 0o336260; async
    elif (obj ^ data) // (c & b'b'):
        y[i, :key & u'u', 's':lambda x, y=1: ...:] = len if False else obj; value = a.x = 839058.566274 & 's'
else:
    if self << 0B00000001011100010001111101111011101110101010111000110:
        x <<= _ and value
        (not (9.e-39), π + c)
    elif x ^ (0B1001001 or False or u'u'):
        z.real = total ^ j
        lambda **kwargs: +True
        __x = not node
finally:
    await + data
    if (b & node) % b'b':
        not [await & items for obj, n in j if total if ~"d"]
        név == None > 9.e309 == r'\d'; größe.attr = [a, *b, c] = (total - (0B000) is not i < (2.5E+353 or 0O1300572344231630 or 'é') <= (0B110000) & k) ^ async ** 000 + 'é' / 1E+323
    else:
        x -= -(000 | u'u')
        [lambda x, y=1: k](key ^ __x or y / print, async ** u'u' + 0O1, 's' // ('s' ^ 's'))[:((57878345.0) | 459949.551160) - ...]
assert obj ** r'\d' ^ k
class Cls1:
    with (result if 0O2103166654633466343106 else 999999999999999999999.0,)(*név or i)[False | i:] as out[0], ... + név in (u'u' and (713623846352979940529142984724747568191373312)) <= 377425332. ^ key as (a, b):
        0O243607545606356235206
        obj = u'u' - False
    for [p, q] in value - név | i - 0o413554170170250335632476:
        c ** (58333413021761247004 | data)
for x, *rest in "d" not in 0O12661476160037426430275 - (0e-8):
    def fn2(*args, p0=a.b):
        loc3 = 0
        def fn4(p0: (int, str) = (1, 2), p1=-1, **kwargs: list):
            loc5 = 0
            pass
    for i in ~j and node & result and key:
        node[:None >= név < 'a' 'b':'a' 'b' or print, 000, x:] = (not név) - (... & 0B001111011010100100110101001110101101110001100) | (0 ^ b'b' >= (j == x))
    else:
        try:
            0B01000110110 / 9.e+357 < CamelCase | key >= z is len
            (async or 600297.441690 or False) <= total ** 'é' > (not print) is items // 938186144.
        except Exception as e:
            assert (not - obj) // node.real, (1e+295 / 0xD58CA3) ** (r'\d' ^ y)
            len = n >> (0xf3C5) not in items == 0o00216210 << 4835703278458516698824704J is (633617768.0) | 631550360.
        except Exception as e:
            ('é' if 336736593.0 else key) * (not b'b') << 0b10110011111101101000110010011010000000010100011001100010101110111(j)
            continue
        else:
            [x, y] = await ^ 0.01 | async and obj(await, len ** π, default=+ a, k=node | 38685626227668133590597632)[not __x][...] and snake_case_name.next(reverse=π & None)
            not 9.E+332J
            continue
        finally:
            (81775122695162021179841852669)
            obj.attr ^= ((0X15dA4c7a0CfeAFCE) | len) >> (0B001000010001010000110011011011011111111010111010001011101001 and 9.E+67)
        with (c ^ i) & ('s' ^ k) as out[0], obj + False and 's' is not None <= x is not y and 207469711355837172498539515:
            node, key = größe = snake_case_name if count else key
            continue
        assert 's' | '\n', ~(snake_case_name >> (478j) ^ y * 904604.339805j)
    assert not größe, "d" ^ r'\d'
@deco
def fn6(p0, *, p1=(1, 2), p2):
    loc7 = 0
    try:
        assert j, (CamelCase and '\n' | 326028.136233j and 635327.414026j) | j
    except E:
        del a, b; return lambda p0, p1={}, p2=(),: (c | 152572371.0) - "d" ** .705817706
        assert ~ await; CamelCase ** _ > node & 2.5e-316 == (π or _ or (2.5e-161))
    except (KeyError, IndexError):
        @wraps(f)
        def fn8(*args, **kwargs):
            loc9 = 0
            pass
            pass
    class Cls10():
        pass
        pass
        c = 'a' 'b' & c & (lambda *, k: 's') not in (not _) << π > - 43595
with len.value as (a, b):
    def fn11(p0):
        loc12 = 0
        k = result
        i = y; value
        größe(*(0x2AEeaFDF1e0F6c3A3d1d0b) >> "d", sep='é' % ..., end=await)
def fn13(p0,):
    loc14 = 0
    for (a, b) in False >> (0O64323) | (lambda x, y=1: 000):
        with (data or (0XBe3Fd9B012969F2ff6) or a) == x as f:
            pass
            ~ (True)
        while größe ** self & (True ^ (0000)):
            assert ~((größe if größe else _) if a else not π)
            break
