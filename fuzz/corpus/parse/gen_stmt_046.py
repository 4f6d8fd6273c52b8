# Generated: nested statement trees, set 46.
assert result + +939j, ~ (0x6e2b09DCECdfeC082cf808 % 'a' 'b')

'\n' / True

if - (u'u' & b):
    if not név:
        (k ^ r'\d') % '''t'''
        pass
    elif a * total:
        v = *a, b = ('a' 'b' | len) & (r'\d' in név) and (0x8455 or (count or data or True))
    elif print + a - print:
        obj.attr *= (π & await ^ (key ^ u'u')) ** (count - (not self))
        pass
        größe ^ obj | y
    @deco
    @deco
    def fn1(p0: str, *, p1: a.b=x + 1, p2):
        loc2 = 0
        assert self | n or _ or obj | obj, {u'u' and z: print - __x for k, node, π in 0O63151614446642 % async}(r'\d', 416j, '\n' << k, reverse=... ^ u'u', end=9.E356 ^ n, **'é' and 0O353334104330) > ~(not '\n') not in (len ** z if not a else print)
elif (not 0O4630) is not k ^ j in count + 'a' 'b':
    assert obj if größe else x, (y > 's' not in snake_case_name == z) ^ 856451.749749 and k
    0xC8E56a39Dc4A5E5 - print
    0B0000000011010011010010001010111 and 'a' 'b' if (0b000101101010000010101101011111111010000001110110010001 if név else "d") else True or items or i; 0.00001 if (000j) & größe else key
elif (True & 0O4402770074547373024236432) >> ('é' >> .203969928):
    if (.5E+10 << obj) - + k:
        b'b' == items == CamelCase; del [x]
    if total:
        pass
        pass
    else:
        assert result ** 797124411727794J

+(y | c) + ((async >> len) - _)

