i = 0
while i < 3:
    i += 1
else:
    print('else ran', i)
while True:
    break
else:
    print('not printed')
print('done')
