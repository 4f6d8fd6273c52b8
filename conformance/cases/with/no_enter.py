class NotCM:
    pass
try:
    with NotCM():
        print('body')
except (AttributeError, TypeError):
    print('not a context manager')
