def f(*args, sep='-'):
    return sep.join(map(str, args))
print(f(1, 2, 3), f(1, 2, sep='+'))
