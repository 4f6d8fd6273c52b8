print(bool(b''), bool(b'a'), bool(bytearray()), len(b'abc'), len(bytearray(5)))
