# Generated: nested statement trees, set 57.
assert r'\d' & data if 0 else 'a' 'b' * True

if (data or π) <= y & .668478579 == (False if (306390.332734) else await):
    obj = _ = 2.5e+279 == node not in ...
elif (lambda x, y=1: True & True):
    obj.attr *= (not (0e267)) ** True ** r'\d' or - r'\d'
    __x(b or r'\d' is not (0b1010100000011110100001111100101011111100100010011001011010) or u'u', (lambda x, y=1: π) | snake_case_name, reverse=total + 6282743202266762583151538103)
elif (10999430.) and await and ("d" if CamelCase else (44451.718311)):
    if [0000 for snake_case_name in név if 0o17305 if -True].value:
        x.ŝ = snake_case_name & result
        del x
        count *= (477027960.j is True != 1000000000000000000000 <= node) | count
    elif (node - ...) ** True:
        del x
        assert not not - 's'
    elif not 'é':
        True
        assert 00
    else:
        ["d" << név ^ név for (CamelCase, n) in (0B0010010010100100000111100100011101011110010101010000101001) - node ** True if -(2.5e114) - (π & 0XFF9cAd655d2337935) if ("d" in True > 'a' 'b') >> (CamelCase ^ 0x8F)]
        név[- 1e22] = __x, a = lambda p0, p1, p2=None, *args, p3: node | y
        count |= total
    if not CamelCase or 1e22 ** i:
        assert ..., ... + node; self = +(snake_case_name & (0B101000110100))
        a
        c = 7141178584266 | 0Xf62034F1aB2aC5B
    elif not obj ** count:
        assert n and 's'
        self = y = név
    elif await >> '\n' or név ** 0 or key >= j:
        assert ((not b) ^ (k <= größe > ... is not 'a' 'b')) >> ((__x | True) & 's' ** (.5E+338))
    while b | (data | 6318523):
        break
        assert await + (0XC29Fd037b44FcE0cCA14F and 1e+283)
del a[1:2]
k[:total ^ result]
