print(2 ** 200)
print(pow(3, 100, 1000000007))
print(pow(2, 10, 7), pow(-3, 3), pow(5, 0))
