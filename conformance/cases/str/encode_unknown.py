'x'.encode('no-such-codec')
