def f(**kw):
    return [k + '=' + str(kw[k]) for k in sorted(kw)]
print(f(z=1, a=2, m=3))
