def src():
    for i in range(3):
        print('produce', i)
        yield i
g = (x * 10 for x in src())
print('created')
for v in g:
    print('got', v)
