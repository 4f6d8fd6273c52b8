print(type(1) is int, type('') is str, type([]) is list, type(None).__name__, type(type) is type, type(print).__name__)
