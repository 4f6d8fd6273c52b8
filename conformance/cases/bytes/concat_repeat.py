print(b'ab' + b'cd', b'ab' + bytearray(b'c'), bytearray(b'a') + b'b', b'ab' * 3, 2 * b'x', bytearray(b'ab') * 2, b'a' * 0, b'a' * -1)
