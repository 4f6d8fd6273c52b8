import binascii
print(binascii.hexlify(b'\x01\xff'), binascii.unhexlify(b'01ff'), binascii.b2a_hex(b'a'), binascii.a2b_hex('6161'), binascii.crc32(b'hello'), binascii.crc32(b'lo', binascii.crc32(b'hel')), binascii.b2a_base64(b'abc'), binascii.a2b_base64(b'YWJj\n'), binascii.crc_hqx(b'abc', 0))
binascii.unhexlify(b"0")
