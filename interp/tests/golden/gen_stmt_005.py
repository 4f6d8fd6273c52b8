# Generated: nested statement trees, set 5.
print = (89094453083485 | 'é') - u'u' % 896232162. << y[a]
x ^= +786408315.0
len / z
def fn1(p0: [int] = ..., **kwargs: list):
    loc2 = 0
    n = i | '''t'''
    while ('é' if 's' else 0XFcd2fB4c3bdEC9a75E1b20517BC) ^ await:
        yield from key + név
        0o576 + i << len / data in ((0x4E71DadEB7ad2aa9072) <= total < '''t''') ** (b'b' ^ None) is (None not in 260503.362720 >= len and - node and ("d" and value and π)) <= (((00) or key) is await - (0b011001000011010111101000111110011110001100001) is not b & total)
    else:
        print = (value is not (0000) is not '''t''' >= result) ** (999999999999999999999.0 & n)
    del (x, y)
@cache(maxsize=1)
@deco
def fn3(p0={}, **kwargs):
    loc4 = 0
    None.next

items[0] //= (.5E304) if (464j) else "d"
