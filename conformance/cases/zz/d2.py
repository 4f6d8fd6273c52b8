print(b'a' * 3 == b'aaa', bytearray(3) * 0, -1 * bytearray(b'x'))
