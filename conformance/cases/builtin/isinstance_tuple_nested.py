print(isinstance(1, (str, (int, float))), isinstance('s', (int,)), isinstance([], list), isinstance(type, type))
