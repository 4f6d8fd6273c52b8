print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'b') > bytearray(b'a'), [b'a'] == [bytearray(b'a')])
