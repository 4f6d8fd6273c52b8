import struct
print(struct.pack('<H', 258), memoryview(struct.pack('<HH', 1, 2)).cast('H').tolist())
