def key():
    print('key evaluated')
    return 'k'
d = {'k': 1}
d[key()] += 10
print(d)
