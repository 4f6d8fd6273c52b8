import random
r = random.SystemRandom()
x = r.random()
print(0.0 <= x < 1.0, 0 <= r.randrange(10) < 10)
try:
    r.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)
r.setstate(None)
