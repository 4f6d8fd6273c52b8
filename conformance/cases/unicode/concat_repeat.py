# + and * keep the code points.
a = '\ud800'
b = 'b\udfff'
print(ascii(a + b), ascii(b + a), ascii(a * 3), ascii(3 * b), ascii(a * 0), len(a + b))
c = 'x'
c += a
c += 'y'
print(ascii(c), c == 'x\ud800y')
print(ascii(''.join([a, 'q', b])), ascii(a.join('xyz')), ascii('-'.join([a, a])))
a * 'x'
