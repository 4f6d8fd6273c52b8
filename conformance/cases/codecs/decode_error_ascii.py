bytearray(b'ok\x80').decode('ascii')
