b'ab'.decode('utf-32')
