try:
    raise KeyError('a')
except KeyError as e:
    try:
        raise ValueError('b')
    except ValueError as e2:
        print(type(e).__name__, type(e2).__name__)
    print(e)
