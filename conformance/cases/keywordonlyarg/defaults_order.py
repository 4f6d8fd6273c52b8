def f(a, b=1, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw))
print(f(0, c=3), f(0, 1, 2, 3, c=5, e=6))
