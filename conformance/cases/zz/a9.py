b = bytes(5)
print(b, bytes([]), bytearray(range(5, 0, -1)))
