ba = bytearray(b'abc')
ba[1:2] = ba
print(ba)
ba[::-1] = b'123456'[:len(ba)]
print(ba)
