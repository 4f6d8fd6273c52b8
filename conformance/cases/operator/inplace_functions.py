import operator
a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.ipow(2, 5), operator.ixor(6, 3))
