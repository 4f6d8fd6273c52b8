# Generated: nested statement trees, set 0.
if lambda x: result & (51201082137658106714519):
    with not 'a' 'b' as [x, y]:
        pass
        (i ** await if 0O7 else None) - {len | value: b for len in - a for x, snake_case_name, j in x > ... is not 1E-163j != result if c >> 0}(async & 'a' 'b', None, *(99999999999999999999999999.0) ^ i, key='''t''' * True).ŝ
class Cls1():
    (CamelCase ^ b) ** (result > __x < '''t''')
def fn2(**kwargs: list):
    loc3 = 0
    return
    class Cls4:
        count %= (key in "d" >= 99999999999999999999.0) & (not self)
        items[0] &= (930237.549569J | await) & 's' % False ** y
        if (lambda *args, p0=lambda: 0: név) ** (z and 2.5e-298):
            név.next = c = __x == self & 'a' 'b'
    with 0o352460247152625776 ^ 'a' 'b' if key else total | '''t''' as out[0], key and 'é' and 0o43252717103236 or b'b' >> True as [x, y], [snake_case_name if (.680375990) else n for (print, _) in total & π for π in y ** 0XFCE499b4cDb5B4B0114E for (név, (key, a)) in 'é' ** 's']["d"] as self.res:
        if node + 665260 and (245804091.0) | (4):
            i = {key >> key, k & k, self ^ y} % (items >> ~ π)
        elif data(default=len | 00):
            n = not count
            assert (000 and (9.e137) and _ for i, count, data in 100000000000000000000000 for (CamelCase, (len, j)) in key | x for (i, größe, _) in False not in 0e-119 == 856244.865148 is True if i ^ 394516282.0)(x + 767595792., c >= "d", π == (1e23) in 0O165322413037523562017116 < len)[self:] // (items << π) ** -b'b'
            count <<= None ^ result | (c | key)
        elif (lambda x: x is x is _ > 1000000000000000000):
            obj.attr += 0000 ** True ^ items
        while total:
            count %= self[(446j) - n](not False, π - 'é', (0b10001010100010001110111000010101010011111100000100) ** 's', key=obj, reverse=lambda x: y)
            név, größe = név(default=(... << snake_case_name) * (0x6DeeF68bb2ff57E18bD5ddA9 // ...),)((not 1E-130) ** ('\n' & ...), not __x, 's' - total ^ 0E332 << 000, *'\n' & 2.2250738585072014e-308 | CamelCase); total << c
            break
x or snake_case_name + None or 48j | None
