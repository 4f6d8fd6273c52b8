for i, (a, b) in enumerate(zip('ab', [10, 20])):
    print(i, a, b)
