'a'.encode('no-such-codec')
