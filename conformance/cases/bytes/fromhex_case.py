print(bytes.fromhex('AB cd'), bytearray(b'ab').fromhex('01'), bytes.fromhex('0a0B'))
