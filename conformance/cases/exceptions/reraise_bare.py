def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling')
        raise
f()
