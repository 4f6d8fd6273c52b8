def bad(x):
    if x == 3:
        raise ValueError('bad key %d' % x)
    return x
l = [1, 5, 3, 2]
l.sort(key=bad)
