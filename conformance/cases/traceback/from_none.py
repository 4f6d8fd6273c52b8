try:
    [][0]
except IndexError:
    raise ValueError('clean') from None
