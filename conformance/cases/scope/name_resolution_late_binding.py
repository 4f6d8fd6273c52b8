def f():
    return later
later = 'defined after f'
print(f())
