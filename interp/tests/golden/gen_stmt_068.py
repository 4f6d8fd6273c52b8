# Generated: nested statement trees, set 68.
del a[1:2]
obj.attr %= c << 1005271823 | '''t''' is (result and b'b' or + True)

for obj.attr in {items for k in (lambda *, k: "d") if data for (key, __x) in k / None if 368014151. << ... if (a if async else 993828481.) for (len, CamelCase) in 's' // (526j) if i if not __x}(... and 0xEaE2DeF483bc0F78 and 1E+285 for total in '''t''' ^ __x):
    if x:
        break
        continue
        k.left = ~π
    elif ('é' ^ 999999999999999999999999999.0) * (0e-12):
        continue
    else:
        (None and '''t''') == 759235.2724 < (.84513672j) in ('a' 'b' or c)
        assert not név
    class Cls1(Base, **kw):
        None
        assert len >> (438j)
    b = self = obj()
if 0.000001 // y & await:
    assert (total >> 635j) - b, (self is not .495612043 is not (125832795.0)) - (j if név else (0000)); obj.attr &= (r'\d' ** 'é')
    del (x, y)
    while 0x5E30CD3E << 0o13200141333542637 if 0b0000110 else 151948.107347 & 0:
        while [result ^ total, "d"][node:]:
            größe << key
        obj.attr **= 0 < {not (312364096.) for j in (868303589.) | obj if 8024876501 if not key for (node, data, größe) in 0e230 << None}
        class Cls2(metaclass=Meta):
            j = a, *b = (not 1496577676626844588240573268701473812127674924007424) & 349014568.
            pass; a.attr = (größe and 0o5162141164074544045475410 and key) < (3) | _
            value = név[j ^ 0x5Ba5A9] = self
elif -(not r'\d'):
    if total and 1E+344 > (66758446748217559) is 324622008.0:
        with (not key) | result as (a, b), {.5e+134 // CamelCase: items or 0O0 or ... for név in (lambda *a, **k: 's')}[- x:](r'\d', 87761788764183220, node and 0B0011010011000100100110110110011100000101010010010011101100011 and 0B1, k=items, default=CamelCase ^ a) as f:
            pass
            x += ~ 'é' & (2.5e-340 or 151115727451828646838272) or CamelCase
            j / total
        for i in (2.2250738585072014e-308 != 1e35) == (u'u' or self or j):
            continue
            len
    else:
        [x, y] = i, len = _ + 114744.544241; a, *b = data == 'é' <= π != .266504713
    @deco
    @cache(maxsize=1)
    def fn3(p0, p1: [int], **kwargs: (int, str)):
        loc4 = 0
        if 0b011101100:
            return not snake_case_name % 186681403597779808 ^ (a ^ név), None % i
            pass
        with await()(π | _, 'é', r'\d')[...] as self.res, snake_case_name + True as self.res, None ** größe >> (y and 0B0000011110110100 and '''t'''):
            yield
            x = [(c & y) ** 'é' ** c, not count + 'a' 'b'].ŝ[:not z >> result:(lambda p0, *, p1=x + 1, p2: '\n') - 20394932986932317473741976654,]
            n if a else await
elif data(b'b' or 0Xe2ECc, 's', **obj and self)(snake_case_name ** 's', end=b'b', k=result ** async):
    if async[π ^ 'é']:
        {(len and None) ** await: 667160.654641 is not 0b1001100101100100111111010010000011100100001100010011 ** False for len in 558147223.0[(587766.73890) % snake_case_name:'''t''' and r'\d':]((32372931436651922804856574793), print ** count, sep=3906101056575158575587686680 and count and b'b') if 768985083. for CamelCase in {c & 00: ~ _, data & a: + z, CamelCase & x: 'a' 'b'} if ((print if '\n' else print) if not items else 00 - "d")}
    elif '''t''' ^ 9.e-43 or 's':
        if not 'a' 'b' ** z:
            (not 's') | (0O130323 > True)
        else:
            items[0] >>= lambda p0, **kwargs: True & __x
            k = (not (z or print or 0xB3C73EEF8D9C)) * ((x if 0000 else 0B011) if j ^ n else 's')
        for k, v in (1865186755870676246619397936958036295 | a) & (total ^ items):
            pass
            continue
    elif 's' ^ data or größe // self or b'b' << "d":
        assert (1e23).value, 987664109219670 & 00 | (not (0X8973f28fD8a9208))
    else:
        if not ... >= ...:
            count %= + ... != print >> '\n' in (000 or 'a' 'b' or print) <= j % key
            (327310.592347J >> r'\d') % 999999999999999999999999.0 ^ {b'b' ** "d" for k in b'b' & y if 245023.711091 or b or "d" for n in b'b' ** k if -'a' 'b'}
            items[0] **= '\n' | "d"
        elif 996j[total or 2.5E-251 or result:(0B00010101100110010011001)]:
            assert {718j + .95764044j if value // result else data, "d" % False and (data and "d") and False % obj}[(not 0x0) ^ x * 982819.856685:x or not 172534.804400 or größe ** z:not 000 & '\n'].ŝ, (await if total else 31526.124551) is ('\n' or key or b'b')
            pass
            del obj.attr
        elif (1e22 and 317563695957599) and await:
            del a, b
            del (x, y)
        try:
            563j / 'a' 'b'
        finally:
            count = len.attr = x
            value[größe] = total
            del [x]; not ...
    class Cls5:
        snake_case_name[obj << False:'é' & 2434330434995638397942087459392:not j, obj ^ b'b'] = (print and 62123) >> (0o42525530716415414346) / n
else:
    del [x]
    class Cls6(metaclass=Meta):
        try:
            assert 349862740.0 ^ ('s' | 0B11011111111111100111111010001111110001001011101100100110000111)
        except Exception as e:
            assert (key and len ^ j and node ** j) | (not j,)
        except ValueError:
            b[.454388076] = '\n'
            value = not (not True) - items
        else:
            del x
            pass; count **= - (.246165456) & result and [value][...] and node | obj | '''t''' ^ obj
            del a[1:2]
@wraps(f)
@deco
def fn7(p0, p1, p2, *args, p3, p4=a.b, **kwargs):
    loc8 = 0
    async.ŝ = await = + async
    ()(*b'b' in CamelCase, reverse=00 == 0x4f30C1400EeBac8D0fbC11cd90 >= π)
    (not 483127.513793) % 0xcf41ce18aCae7C311BCbD53cEdd0[data is π is not self:név & 2.5e-63]; async - 75781967. ^ __x >> __x if π >> b or key or 399539661. else [node % u'u', None or node, - 884380.714572].real
