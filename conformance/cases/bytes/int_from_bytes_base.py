print(int(b'ff', 16), int(bytearray(b'11'), 2), int(b' 12 '))
