i = 3
while True:
    i -= 1
    print(10 // i)
