print(bytes([65, 66, 67]), bytes(range(3)), bytearray(x for x in [104, 105]))
