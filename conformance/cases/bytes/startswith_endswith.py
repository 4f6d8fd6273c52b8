b = b'hello.py'
print(b.startswith(b'he'), b.startswith((b'x', b'hel')), b.endswith(b'.py'), b.endswith(b'he', 0, 2), b.startswith(b'llo', 2), bytearray(b'ab').endswith(b'b'))
