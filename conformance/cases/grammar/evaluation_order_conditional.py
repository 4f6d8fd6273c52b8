def v(x):
    print('eval', x)
    return x
print(v('yes') if v(True) else v('no'))
print(v('yes') if v(False) else v('no'))
