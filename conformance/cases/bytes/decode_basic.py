print(b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), bytearray(b'\xe9').decode('latin-1'), b'x'.decode(encoding='ascii'))
