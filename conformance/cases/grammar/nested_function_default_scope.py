def outer():
    v = 'outer value'
    def inner(a=v):
        return a
    v = 'changed'
    return inner()
print(outer())
