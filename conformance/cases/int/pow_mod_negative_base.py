print(pow(-2, 3, 5), pow(2, 3, -5), pow(7, 2, 1))
