import struct
print(struct.pack('>I', 1), struct.pack('<hHbB', -2, 65535, -1, 255), struct.pack('!d', 1.5), struct.pack('3s2x?', b'ab', True), struct.pack('q', -1))
print(struct.unpack('>HH', b'\x00\x01\x00\x02'), struct.unpack('<f', struct.pack('<f', 0.1)), struct.calcsize('iiq'), struct.calcsize('<iiq'), struct.calcsize('@bi'), struct.calcsize('5s'))
print(list(struct.iter_unpack('>h', b'\x00\x01\x00\x02')), struct.unpack_from('>h', b'\x00\x00\x00\x05', 2), struct.Struct('>I').size, struct.Struct('>I').pack(7), struct.Struct('<2h').unpack(b'\x01\x00\x02\x00'))
buf = bytearray(8); struct.pack_into('>i', buf, 2, -1); print(buf, struct.pack('e', 1.5) if hasattr(struct, 'x') else '', struct.pack('>Q', 2**64 - 1), struct.pack('p', b'abc'), struct.pack('c', b'x'))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('>H', -1), lambda: struct.pack('i', 1.5), lambda: struct.pack('z', 1), lambda: struct.pack('ii', 1), lambda: struct.unpack('i', b'abc')]:
    try:
        bad()
    except struct.error as e:
        print('struct.error')
    except TypeError as e:
        print('TypeError')
struct.calcsize("3z")
