print(bytes(3), bytes([65, 66]), bytes('abc', 'utf-8'), bytes(b'x'), bytes(range(3)))
