def outer(a):
    def inner():
        return a
    return inner
f = outer('captured')
print(f(), len(f.__closure__), f.__closure__[0].cell_contents)
print(outer.__closure__)
