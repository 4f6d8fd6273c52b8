x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        nonlocal x
        x = 'changed'
    inner()
    return x
print(outer(), x)
