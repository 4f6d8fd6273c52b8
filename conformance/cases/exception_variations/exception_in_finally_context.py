try:
    try:
        raise ValueError('a')
    finally:
        raise KeyError('b')
except KeyError as e:
    print(type(e.__context__).__name__)
