import contextlib
for exc in (KeyError('k'), IndexError('i'), TypeError('t')):
    try:
        with contextlib.suppress(KeyError, IndexError):
            raise exc
        print('suppressed', type(exc).__name__)
    except TypeError as e:
        print('escaped', e)
with contextlib.suppress():
    raise ValueError('not suppressed')
