print(b'abc', B'\x00\xff', b'\'"', b"a'b")
print(type(b''), len(b'\x00\x01'))
