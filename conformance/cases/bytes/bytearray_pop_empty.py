bytearray().pop()
