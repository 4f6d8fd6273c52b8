ba = bytearray(b'abc')
ba[0] = 120
ba.append(100)
ba.extend(b'ef')
ba += b'!'
print(ba, len(ba), ba.pop(), ba)
del ba[0]
print(ba, bytes(ba))
