import random
random.seed(7)
l = list(range(10))
random.shuffle(l)
print(l, random.choice('abcdef'), random.sample(range(100), 3))
