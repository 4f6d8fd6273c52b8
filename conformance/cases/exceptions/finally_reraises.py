def f():
    try:
        raise KeyError('k')
    finally:
        print('cleanup')
f()
