import struct
print(struct.calcsize('bhi'), struct.calcsize('=bhi'), struct.calcsize('<q?'), struct.calcsize('@d b'))
print(struct.pack('@bh', 1, 2), struct.pack('>bh', 1, 2), struct.pack('<2h', 3, 4))
print(struct.unpack('<3B', b'\x01\x02\x03'))
