class C: pass
c = C()
setattr(c, 'a', 1)
print(getattr(c, 'a'), hasattr(c, 'a'))
try:
    delattr(c, 'a')
except AttributeError:
    print('AttributeError')
print(hasattr(c, 'a'))
try:
    delattr(c, 'a')
except AttributeError:
    print('AttributeError')
