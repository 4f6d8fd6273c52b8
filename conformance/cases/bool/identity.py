print(True is True, (1 == 1) is True, bool(5) is True, isinstance(False, int))
