print(divmod(100, 7), pow(2, 8), pow(2, 8, 5), pow(2.0, 3), divmod(-9, 4))
