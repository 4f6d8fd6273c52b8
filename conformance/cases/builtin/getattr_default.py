class C:
    x = 1
print(getattr(C, 'x'), getattr(C, 'y', None), hasattr(C, 'x'), hasattr(C, 'y'))
