int(b'1 2')
