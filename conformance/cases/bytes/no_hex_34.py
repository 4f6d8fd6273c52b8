b'ab'.hex()
