def f(a, b, c):
    return a + b + c
print(f(*[1, 2, 3]), f(1, *(2, 3)), f(*'abc'), f(**{'a': 1, 'b': 2, 'c': 3}), f(1, **{'c': 3, 'b': 2}))
