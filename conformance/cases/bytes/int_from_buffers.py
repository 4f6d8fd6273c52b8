print(int(b'42'), int(bytearray(b' 7 ')), int(b'-3'))
