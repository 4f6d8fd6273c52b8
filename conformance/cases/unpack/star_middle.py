a, *b, c = range(6)
print(a, b, c)
*a, b = [1]
print(a, b)
a, *b = 'hello'
print(a, b)
