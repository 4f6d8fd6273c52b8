def v(n):
    print('eval', n)
    return n
print(v(1) < v(2) < v(0) < v(5))
