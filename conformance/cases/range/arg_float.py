range(0, 1.0)
