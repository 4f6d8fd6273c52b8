print(ValueError('a') == ValueError('a'), ValueError.__name__, ValueError.__mro__[1].__name__)
