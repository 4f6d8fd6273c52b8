import struct
struct.pack('b', 200)
