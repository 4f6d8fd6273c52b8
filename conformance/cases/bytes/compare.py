print(b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'a' == bytearray(b'a'), bytearray(b'a') < b'b', b'a' != b'a', b'' <= b'')
