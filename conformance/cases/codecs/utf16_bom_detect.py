print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'), b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'))
