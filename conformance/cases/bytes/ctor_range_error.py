bytes([1, 300])
