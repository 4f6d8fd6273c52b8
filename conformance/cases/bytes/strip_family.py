print(b'  hi  '.strip(), b'xxhixx'.strip(b'x'), b'  hi'.lstrip(), b'hi  '.rstrip(), b'abcba'.lstrip(b'ab'), b'abcba'.rstrip(b'ab'), b'\t\n x \x0b\x0c'.strip())
