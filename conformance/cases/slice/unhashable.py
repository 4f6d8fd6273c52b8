hash(slice(1, 2))
