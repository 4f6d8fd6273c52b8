# NoneType(), NotImplementedType() and ellipsis() return their singleton
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is Ellipsis)
for t in [type(None), type(NotImplemented), type(...)]:
    try:
        t(1)
    except TypeError as e:
        print('TypeError', 'takes no arguments' in str(e))
