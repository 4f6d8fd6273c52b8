a = -(10 ** 30)
print(a // 7, a % 7, divmod(a, -13))
print(-a // -3)
