import struct
b = struct.pack('<hIq', -2, 7, 2**40)
print(b, struct.unpack('<hIq', b), struct.calcsize('<hIq'), struct.calcsize('@bi'))
print(struct.pack('>f', 1.5), struct.unpack('>d', struct.pack('>d', -0.25)), struct.pack('3s?', b'abcd', True))
s = struct.Struct('!HH')
print(s.size, s.pack(1, 2), s.unpack(b'\x00\x01\x00\x02'), list(struct.iter_unpack('<B', b'\x01\x02')))
print(struct.unpack_from('<H', b'\x00\x01\x02', 1))
