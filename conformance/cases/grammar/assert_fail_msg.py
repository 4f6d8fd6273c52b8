x = 5
assert x > 10, 'x is %d' % x
