for t in (bool, range, slice, memoryview, type(None), type(...), type(NotImplemented), type(len)):
    try:
        class X(t): pass
        print(t.__name__, 'ok')
    except TypeError as e:
        print(e)
