def deco(f):
    return 42
@deco
def f():
    pass
print(f)
f()
