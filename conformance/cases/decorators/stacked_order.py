def a(f):
    print('apply a')
    return lambda: 'a(' + f() + ')'
def b(f):
    print('apply b')
    return lambda: 'b(' + f() + ')'
@a
@b
def f():
    return 'f'
print(f())
