ba = bytearray(b'abcdef')
ba[::2] = b'xy'
