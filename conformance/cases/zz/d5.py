print(bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97], bytearray.maketrans(b'', b'')[:3])
