print(ascii(b'\x00\xd8a\x00'.decode('utf-16-le', 'replace')), ascii(b'a\x00b'.decode('utf-16-le', 'ignore')))
