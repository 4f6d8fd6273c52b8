class C: pass
setattr(C, 'f', lambda self: 'added')
print(C().f())
