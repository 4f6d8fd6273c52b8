print(list(b'abc'), [x for x in bytearray(b'hi')], tuple(b''), sum(b'\x01\x02'))
