import random
random.seed('hello')
print(random.random())
random.seed(123)
print(round(random.gauss(0, 1), 6))
