import struct
struct.unpack('<I', b'ab')
