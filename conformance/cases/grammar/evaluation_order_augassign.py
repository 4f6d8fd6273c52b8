def v(x):
    print('eval', x)
    return x
l = [1, 2]
l[v(0)] += v(10)
print(l)
