ba = bytearray(b'0123456789')
del ba[0]
del ba[-1]
print(ba)
del ba[::2]
print(ba)
del ba[1:3]
print(ba)
del ba[::-1]
print(ba)
