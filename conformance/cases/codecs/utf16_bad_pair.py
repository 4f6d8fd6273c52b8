b'\x00\xd8a\x00'.decode('utf-16-le')
