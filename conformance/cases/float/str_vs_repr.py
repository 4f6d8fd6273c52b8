print(str(1e15), str(1e16), str(0.0001), str(0.00001), 1.5e300 * 10)
