a = []
print(id(a) == id(a), hash('abc') == hash('abc'), hash(42), hash(None) == hash(None))
