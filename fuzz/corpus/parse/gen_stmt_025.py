# Generated: nested statement trees, set 25.
(lambda x: 9.e345) ** (not 'é'); del a[1:2]
with (lambda p0, p1, p2=1, *args: True) or i + y, {not (999999999999999999.0) for n in (lambda *, k: 566865124376426093283634529114042) if größe or 895442.455740 for (_, n) in z for b in 1e22 | 's' if not obj if 5556775 & z}[..., key >= snake_case_name, :größe << y][név and node and 2.5e+171:] as out[0]:
    if (r'\d' or a) << x:
        a = ('é' ^ obj or ~größe or 16418 >> .5E250).items
        del obj.attr; lambda p0=None, p1=..., *args: CamelCase ** ...
        pass
    elif y - (not 0X9F7AA7e2763DC49aA3E250BB2):
        del [x]
        del obj.attr
    elif not _ + π:
        '\n'
        b = c.real[not j]
    while (473j ^ _) ** (result | 'é'):
        x += '''t''' >> b
        break
        continue
pass; obj.attr <<= i(i ** 747195.137700 & (__x ^ __x), {not key}.x, {0xbfB >= u'u' == obj for (self, data) in 9.e250}, *0Xe5b80d6 << 0xdeFD51d08AA8CAd, reverse=+ await, key=not await ** b'b')[not - _:, (not 'a' 'b') in π != (not key) > (not True), - z and __x ^ count and 0O6125175 ^ b::'é' and CamelCase ** y and (b'b' or items)]

if (301285.619876) ** név - total:
    (π or items or True) ^ (not r'\d')
    if (snake_case_name ^ 's',)(sep=total and None, end=k & (0), **self and c):
        del x
        pass
        False / a
    elif CamelCase(key > 267670.91909 is _ for result in "d" == obj is not '\n')(+len for i in x ^ "d").value:
        del a, b
        total['é' != 00 not in "d" >= a:CamelCase:] = ~len
data = (5e-324 - items | ('''t''' is j < x is not 0E-151)) ^ self // - 7096276182664575789057111129
