print(hash(1 + 0j) == hash(1), hash(1 + 2j), hash(0j))
