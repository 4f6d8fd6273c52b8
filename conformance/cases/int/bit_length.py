for n in (0, 1, 255, 256, -1, -255, 2 ** 100):
    print(n.bit_length(), end=' ')
print()
