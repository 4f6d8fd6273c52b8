print(None, True, 1.0, [None], (1,), 'str', b'b')
