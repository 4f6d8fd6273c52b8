print(b'x'.join([b'a', bytearray(b'b')]), bytearray(b'|').join((b'1', b'2')), type(bytearray(b'|').join([])).__name__)
