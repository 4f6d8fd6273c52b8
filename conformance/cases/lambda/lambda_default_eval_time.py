n = 1
f = lambda n=n: n
n = 2
print(f(), f(3))
