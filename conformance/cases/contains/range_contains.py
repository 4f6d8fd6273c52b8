print(5 in range(10), 5.0 in range(10), 5.5 in range(10), 10 in range(10), -1 in range(-5, 0))
