x = 5
f = lambda y, x=x: x + y
x = 100
print(f(1))
