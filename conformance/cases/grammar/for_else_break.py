for i in range(5):
    if i == 3:
        print('found', i)
        break
else:
    print('not found')
for i in []:
    pass
else:
    print('empty else')
