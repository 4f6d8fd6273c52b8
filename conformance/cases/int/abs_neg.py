print(abs(-5), abs(5), abs(-10 ** 30), -(-3))
