n = int(input())
f = 1
for i in range(2, n + 1):
    f *= i
s = str(f)
print(len(s), sum(map(int, s)), s[:10])
