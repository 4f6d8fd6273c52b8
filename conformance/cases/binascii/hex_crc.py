import binascii
print(binascii.hexlify(b'\x00\xffab'), binascii.unhexlify('00ff6162'), binascii.b2a_hex(b'xyz'))
print(binascii.crc32(b'hello'), binascii.crc_hqx(b'hello', 0), binascii.b2a_base64(b'hi'), binascii.a2b_base64(b'aGk=\n'))
