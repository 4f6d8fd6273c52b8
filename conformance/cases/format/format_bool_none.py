print('{} {} {:d} {:>6}'.format(True, None, True, str(False)))
