print(hash(1.0) == hash(1), hash(1.5), hash(-1.0), hash(0.0), hash(float('inf')), hash(float('-inf')))
