print(bytes(3), bytearray(2), bytes(0))
