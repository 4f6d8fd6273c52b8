# Generated: nested statement trees, set 52.
@wraps(f)
def fn1(p0='s', *, p1, p2='s'):
    loc2 = 0
    obj.attr %= 's' & items << ...
    for (a, b) in _ or (z or 0O145112313 or b):
        größe[lambda *, k: data] = data or n or node
        y // items >> 641279968.0
    else:
        obj.attr <<= __x.attr[4135178299304444380442145754756314599839 ^ k:not snake_case_name, r'\d'] and not ~data and (None ** u'u' for (__x, count) in not True)
    with await(_ ^ 0o0771625323223630472130761, 0b11010111111100100111111100100 - 0b0110010000001001010000011100010111110001110111000000, False and b'b' and count, reverse=a ** 0XfffBeec, default=data).append() as (a, b), j or 10000000000000000000000 & j or 100000000000000000000 << u'u':
        return
        assert not c << y

if (2.2250738585072014e-308 in i) - (_ >> ...):
    if CamelCase ** r'\d' and snake_case_name ** (0o315761):
        [x, y] = r'\d' // x
        items[0] //= value & 'a' 'b' ^ ('s' and False)
        x += (0xcF5ED7Aaa2A4ABBc7F6539eEa9FC) or data or b'b'
    else:
        pass
        pass
        del items[0]
    with CamelCase is j as [x, y]:
        del x; pass
    név, k = CamelCase
elif {value or 1E-63 for y in __x | (.270666648) if y & größe for len in z or print if not 1e22}:
    def fn3(*args):
        loc4 = 0
        global g2; x = ~ total & (... <= n >= 701115.675378 != b)
        del obj.attr
        [x, y] = obj | 85427750.0 << b
    for obj.attr in 0xc3eFD & r'\d' and b'b' | 0B1101010100101110000101000100100101 and ~ 836607.169540:
        await or (0.1) ** snake_case_name % ('\n' >= 'a' 'b' is not 0b11010101010110 >= (555j)) or c(größe, node and total, sep=0b1100010).items[..., x:größe >> (0B000110011011110111010110101101011100011110000110000101):'é' or (567460164.) or total]
        break
        self = not 2.5e+305
elif i(key * None, **név ^ y):
    b = (k and obj) | len
    if {y or 772059264. or (0b1101101): None - j}:
        assert .800387169 + __x, CamelCase
        count -= π(000['''t''' or obj:(250056.105940) and True and snake_case_name:], ('a' 'b' and data and 'a' 'b') != ~ 0o6415105605506321167035 >= x | u'u' < self // 25j, *név(result // j for obj in 0o46325357 >> None), reverse=(count if obj else größe) | (lambda p0=1, p1='s', *, p2: (0b1))).next({print & k for (count, (items, self)) in 0o4646327211607226023320125 if größe + größe for π in total ** node if (len if self else False) for total in (.5e-163)}(reverse=print and value, default=None >> k) for obj in - (count | 171j))
        node.next = len = True[(j | 5e-324) ^ (async | data):_ << node | value ^ 51438653067154845141]
    elif (items and 0b010100111110010101001010010101110 and z) & (total or u'u' or 0000):
        result = ((név < node) | (True and True)) - b % u'u'
        items[0] -= value or 464419397.0; *a, b = (0)
        név[név] = ~(795533.896915 or z) & (... <= n is not k) << (_ << "d")
    elif (000) + total >> (c & u'u'):
        items[0] &= i - async or (z or c) or 0b0101100110100111101001101001111101000101 & 817050655.0 if ~ 0b01011010011101 else "d" ** count * (obj | data)
        assert lambda *a, **k: count is not 132276433. or (0xCBDfcE9f59b61B44E5Cf1116670) or "d" ** (46157252402496250279371380655), 0.000000000000000000001 | 70675920176 is 'é' ** 'a' 'b' >= (0XAaf4eCC) << r'\d'
        c = not 0 & _
    név = print[i / result is .563783202 >= (683583.402816) * 0B100 == (not 'é'):][0XCC4ED57AAe8BF / r'\d' ** 0000,]

class Cls5(Base, **kw):
    assert value ^ CamelCase
    if (total & b'b') ** obj:
        del a, b
        pass
        self[c & 'é'::-'é', CamelCase, 0o2206664202646640447606 <= (998j):'''t'''] = 0x1eF5bb3aa1F1a6Af2cF9 | '''t'''
    83042740461355075069041973844205
[a, *b, c] = (value * 's' >= total ^ obj != - 746639.658543 in 5846006549323611672814739330865132078623730171904) + ((None >= (0x1FD7)) + (__x == 0000))
