bytearray().append(300)
