print(bytes(2), bytearray(2), bytes('é', 'utf-8'), bytearray([1, 2]))
