try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
