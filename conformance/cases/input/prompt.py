x = input('Enter: ')
print('got', x)
