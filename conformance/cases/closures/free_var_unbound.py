def outer():
    def inner():
        return v
    return inner()
    v = 1
outer()
