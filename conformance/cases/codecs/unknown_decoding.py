b'a'.decode('no-such-codec')
