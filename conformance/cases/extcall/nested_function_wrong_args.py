def outer():
    def inner(a):
        return a
    return inner(1, 2)
outer()
