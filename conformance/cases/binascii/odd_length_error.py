import binascii
binascii.unhexlify(b'abc')
