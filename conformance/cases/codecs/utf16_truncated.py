b'a\x00b'.decode('utf-16-le')
