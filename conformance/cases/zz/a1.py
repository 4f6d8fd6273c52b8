print(list(reversed(b'abc')), sorted(b'cba'), max(b'abc'), b'abc'.__contains__(98), str(bytearray(b'x')))
