import random
random.seed(17)
random.random()
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[2])
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])
random.gauss(0, 1)
st = random.getstate()
print(st[2] is not None)
g = random.gauss(0, 1)
random.setstate(st)
print(g == random.gauss(0, 1))
