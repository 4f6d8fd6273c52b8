import itertools
print(len(bytes(itertools.repeat(7, 5000))), bytearray(itertools.repeat(1, 3)))
