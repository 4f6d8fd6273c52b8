f = lambda x: lambda y: x + y
print(f(1)(2), list(map(lambda g: g(10), [f(1), f(2)])))
