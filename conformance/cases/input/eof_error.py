a = input()
print('first', a)
b = input()
