for i in range(10000):
    l = []
    l.append(l)
print('done')
