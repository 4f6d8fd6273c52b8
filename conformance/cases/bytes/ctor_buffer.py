print(bytes(bytearray(b'xy')), bytearray(b'zw'), bytes(memoryview(b'mv')))
