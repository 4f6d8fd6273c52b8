class Oops(Exception):
    pass
raise Oops('a', 2)
