print(repr(b'\x00\n\'"'), repr(bytearray(b'\xff')), str(b'ab'))
