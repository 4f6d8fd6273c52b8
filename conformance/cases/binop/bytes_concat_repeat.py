print(b'ab' + b'cd', b'-' * 3, bytearray(b'x') + b'y', b'a' + bytearray(b'b'))
