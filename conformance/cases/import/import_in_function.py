def f():
    import string
    return string.digits
print(f())
