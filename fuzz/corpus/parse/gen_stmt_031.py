# Generated: nested statement trees, set 31.
if result ** '\n' & größe ** '\n':
    if (j and snake_case_name) ^ "d":
        del items[0]
    elif ~'s' << u'u' + b'b':
        del [x]
    else:
        ('''t''' | 's') ^ (not 15)
        π - False & ...
    for obj.attr in data(25800255657537044507807522970 and True and 0B101101100111101001110110100 for név in not 601658.876130):
        assert ((.5E360 != data) <= ((0e-126) or 576875.133069 or node) in (snake_case_name in None)) ^ - 000 & (név <= größe)
        items[0] %= r'\d' and (2.5E+264) / 'é' and r'\d' ** 0O010134571775417374726
def fn1(*, p0):
    loc2 = 0
    for (a, b) in 158j // snake_case_name & (0b1101001111101011010111101100001101111001101 or '\n' or 00):
        value(π - self for CamelCase in (True if result else False))
def fn3(p0='s', p1=..., *args, p2):
    loc4 = 0
    while (len ^ π) / (b'b' < b'b' in r'\d' < c):
        if not ("d" if '''t''' else snake_case_name):
            continue
            (név or k) % (c & 66239569.J)
        else:
            y = j.next = (0o1) << j if b.next else (z or '\n' or b) or ~ 'a' 'b'
            key = ~z
        yield; x ^= (0xEDEfB49DAFb85A8 >> 403841.454726) // (a ^ 186830.378909)
    assert __x('''t''', k=(0o53670041104234) * (2.2250738585072014e-308j)), (not "d" and 0000 | result) * -(größe if "d" else z); {- key & ('a' 'b' & 8418830640796735401717574), ((3687207.0) & u'u') - ((0x8A797) and _ and True)}
with total(end=count or CamelCase):
    class Cls5(Base, **kw):
        obj.attr ^= x & node; i.append = CamelCase
        CamelCase = ()
    a = r'\d' ^ '\n'
    try:
        with (items - False) // (1E120 | snake_case_name) as [x, y], (items if x else π) & (_ & data), ... // (0o544 if 0b1110101 else 's'):
            obj(k=lambda p0, p1, p2=a.b,: True << '''t''').ŝ
            count <<= +(lambda *a, **k: 9.e+171)
        class Cls6(metaclass=Meta):
            (a, (b, c)) = (not self + None) >> (lambda *a, **k: 0e-229) - count / print
            i.next = 869j // 0b1101110000110100011
            (0000 or x) ^ b / j
    except Exception as e:
        if név:
            count ^= (not 000 ^ value) ** 9.E+146(data, ~ π, (00), sep=név); self = 651667758.j
            del [x]
            pass
        elif (_ if 1e22 or (272379.600840) else n):
            items[0] //= név
        else:
            π.x = value(not c, *0 ** 415027.872711, default=... if total else k, k=b); .5e+25 >> j
            items[0] **= n >> 0O212705513
        while ('a' 'b' & value) ** (not count):
            items, CamelCase = obj
            (z is not None >= größe) ** (00 or total)
            continue
    else:
        if not 0xCFEB0445BBDeEb8FaC935BB74Da8Ef if 696898287454081973172991196020261297061888 and '\n' and _ else .419541970:
            pass
        else:
            assert self - (value if items else 00) or (count | ...) * (x + "d"), ~ (snake_case_name >> 52228.585424)
            z = not len & r'\d'
        class Cls7(Base, **kw):
            ((0o651 or data) and '\n' >> snake_case_name and False & __x) and (0B001011101110000100010001010110101001000010111100111 and __x and None) - 136838.508165 and .63769664j[:][:"d"]
            async[CamelCase, await:~ 's'] = 55j or 00 or .5E265
        'a' 'b' >> a
class Cls8(metaclass=Meta):
    if snake_case_name << r'\d' | 'é':
        class Cls9(Base):
            for x, *rest in ~ '\n' if z else 1e22 if _ else __x:
                b = [count / 2.2250738585072014e-308 for CamelCase in u'u' or '''t''' or 0X21a46E1FF for a in '''t''' if -név].real(sep=not items)
                del (x, y)
                obj, π = snake_case_name(key=-__x | total ^ CamelCase, k=(r'\d' or async or False) & (True ^ self), **r'\d' ** 854853951. - (not b)).value
            else:
                del (x, y)
            @x.y.z()
            def fn10(p0, p1=lambda: 0, p2='s', *, p3=(), p4, **kwargs):
                loc11 = 0
                (async & 0X72ecEefB3dD231cFBc697) >> (obj if total else i)
                y = yield
                del [x]
            try:
                self.attr = u'u' ^ (async ^ CamelCase) <= __x ^ (total if CamelCase else 373j) <= True ** False | ~node
                CamelCase.append = items << c << (print & value) or u'u' and not snake_case_name and __x ** 79655763423206291009744267344283
            finally:
                items[0] ^= 799934.50837 >> größe
        64443 & print | self * (0Xa014cDBcCF2ED1ed2)
