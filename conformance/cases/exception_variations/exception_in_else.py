try:
    try:
        pass
    except ValueError:
        print('no')
    else:
        raise KeyError('from else')
except KeyError as e:
    print('outer got', e)
