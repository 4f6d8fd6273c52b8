ba = bytearray(b'abcdef')
ba[1:5:2] = [120, 121]
print(ba)
ba[5:1] = b'ZZ'
print(ba)
