print('%s %r' % (b'a', bytearray(b'b')), '{}'.format(b'x'), str(memoryview(b'')).startswith('<memory'), format(b'ab'))
