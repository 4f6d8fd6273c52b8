def t(x):
    print('t', x)
    return x
t(0) and t(1)
t(1) or t(2)
t(1) and t(0) or t(3)
