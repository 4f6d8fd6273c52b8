bytearray([-1])
