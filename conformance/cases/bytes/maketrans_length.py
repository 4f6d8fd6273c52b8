bytes.maketrans(b'ab', b'c')
