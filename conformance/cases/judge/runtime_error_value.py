x = int(input())
print(x)
