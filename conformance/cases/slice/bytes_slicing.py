b = b'abcdef'
print(b[1:4], b[::-1], b[-2:], b[::2], bytearray(b)[1:3])
