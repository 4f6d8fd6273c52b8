for x in [1]:
    pass
else:
    try:
        raise ValueError('in else')
    except ValueError as e:
        print('caught', e)
