ba = bytearray(b'0123456789')
ba[2:5] = b'XY'
print(ba)
ba[::2] = b'abcde'
print(ba)
