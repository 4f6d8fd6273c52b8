def f():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(f(), len([1, 2]))
