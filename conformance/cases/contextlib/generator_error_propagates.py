import contextlib
@contextlib.contextmanager
def cm():
    try:
        yield
    finally:
        print('cleanup')
with cm():
    raise ValueError('from body')
