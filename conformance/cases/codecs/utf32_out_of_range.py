b'\x00\x00\x11\x00'.decode('utf-32-le')
