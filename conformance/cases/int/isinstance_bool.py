print(isinstance(True, int), issubclass(bool, int), type(True + 1))
