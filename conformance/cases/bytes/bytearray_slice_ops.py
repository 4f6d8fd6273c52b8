ba = bytearray(b'0123456789')
ba[1:3] = b''
print(ba)
ba[0:0] = b'ab'
print(ba)
ba[-2:] = [65, 66, 67]
print(ba)
ba[::3] = b'xxxx'
print(ba)
ba[:] = bytearray(b'new')
print(ba)
