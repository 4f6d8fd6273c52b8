a = 1; b = 2; print(a + b); c = 3
print(c)
if a: print('one'); print('two')
