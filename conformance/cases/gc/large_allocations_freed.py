total = 0
for i in range(50):
    big = list(range(100000))
    total += len(big)
    del big
print(total)
