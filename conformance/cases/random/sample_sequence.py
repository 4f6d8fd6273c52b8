import random
random.seed(8)
print(random.sample(range(100), 10))
print(random.sample('abcdefgh', 3))
print(random.sample(range(10**6), 5))
print(random.sample([1, 2, 3], 3), random.sample([1, 2, 3], 0))
print(sorted(random.sample(list(range(30)), 25)) == list(range(30)) or 'partial')
