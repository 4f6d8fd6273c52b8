ba = bytearray(b'abc')
ba[0] = 65
ba[-1] = 67
print(ba)
