t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(t)
