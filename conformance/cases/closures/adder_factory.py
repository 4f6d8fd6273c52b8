def adder(n):
    return lambda x: x + n
adders = [adder(i) for i in range(4)]
print([f(10) for f in adders])
