f = 1
for i in range(1, 31):
    f *= i
print(f)
