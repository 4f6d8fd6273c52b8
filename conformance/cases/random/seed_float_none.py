import random
random.seed(1.5)
a = random.random()
random.seed(1.5)
print(a == random.random())
random.seed(3.0)
b = random.random()
random.seed(3)
print(b == random.random())
