a, *b = range(4)
*c, d = 'xyz'
print(a, b, c, d)
