def deco(f):
    def wrapper():
        return f()
    return wrapper
@deco
def broken():
    return [][1]
broken()
