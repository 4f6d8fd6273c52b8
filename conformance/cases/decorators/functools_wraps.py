import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def original(x):
    """orig doc"""
    return x
print(original.__name__, original.__doc__, original.__wrapped__.__name__)
