import random
random.seed(77)
for n in (0, 1, 2, 5, 20):
    l = list(range(n))
    random.shuffle(l)
    print(l)
l = list('abcdef')
random.shuffle(l, random.random)
print(l)
