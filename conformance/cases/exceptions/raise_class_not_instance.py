try:
    raise IndexError
except IndexError as e:
    print(type(e).__name__, e.args)
