print(b'abc'[1:100:2], bytearray(b'abcdef')[-2::-2], b'abc'[True])
