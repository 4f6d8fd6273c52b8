print(b'ab'.center(6), b'ab'.center(5, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'abc'.center(2), bytearray(b'x').rjust(3, b'0'))
