print(b'ab' in memoryview(b'xaby').tobytes(), memoryview(b'xy') == memoryview(bytearray(b'xy')))
