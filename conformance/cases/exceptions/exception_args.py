e = ValueError('a', 2)
print(e.args, str(e), ValueError().args, str(ValueError()), str(ValueError('only')))
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
