try:
    try:
        raise ValueError('first')
    except ValueError as e:
        raise TypeError('second')
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)
