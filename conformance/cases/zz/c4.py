e = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'r')
print(e)
print(UnicodeDecodeError('ascii', b'\xff\xfe', 0, 2, 'r'))
