from collections import ChainMap
c = ChainMap({'a': 1}, {'b': 2})
del c['b']
