r = print('x')
print(r)
