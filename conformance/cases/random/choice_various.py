import random
random.seed(5)
print([random.choice('abcdefg') for _ in range(8)])
print([random.choice((1, 2, 3)) for _ in range(5)])
print(random.choice(range(1000)), random.choice([None]))
