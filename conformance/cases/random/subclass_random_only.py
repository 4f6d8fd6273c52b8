import random
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed()
print(f.randrange(10), f.choice('abcd'), f.uniform(0, 4))
l = [1, 2, 3, 4]
f.shuffle(l)
print(l)
