def deco(f):
    def wrapper(*a):
        print('before')
        r = f(*a)
        print('after')
        return r
    return wrapper
@deco
def hello(name):
    print('hello', name)
    return 1
print(hello('x'))
