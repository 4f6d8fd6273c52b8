def deco(f):
    def wrapper():
        return f()
    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    return wrapper
@deco
def documented():
    """The doc."""
    return 1
print(documented.__name__, documented.__doc__)
