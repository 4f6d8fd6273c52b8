# Simple statements: expressions, assignment forms, augmented assignment, del, pass, assert.
x = 1
a = b = c = 0
a, b = b, a
(a, b), c = (1, 2), 3
[d, e] = 4, 5
x.attr = 2
x.attr.deeper = x
items[0] = items[1] = None
items[1:3] = []
f(x)
x
x += 1
x -= 1
x *= 2
x /= 3
x //= 4
x %= 5
x **= 6
x >>= 1
x <<= 2
x &= 0xff
x |= 0o7
x ^= 0b1
obj.count += 1
table[key] -= 1
del x
del a, b
del items[0], obj.attr
del (c), [d, e]
pass
assert x
assert x > 0, "x must be positive"
x = y = z = None; pass; x = 2
