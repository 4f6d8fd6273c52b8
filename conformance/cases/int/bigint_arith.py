a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a * b, a + b, a - b)
print(a // 7, a % 7, b // a, b % a)
