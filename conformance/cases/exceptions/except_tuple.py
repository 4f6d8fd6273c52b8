for exc in (KeyError('k'), IndexError(3), ValueError('v')):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__, e)
