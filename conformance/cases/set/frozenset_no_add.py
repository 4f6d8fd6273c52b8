frozenset([1]).add(2)
