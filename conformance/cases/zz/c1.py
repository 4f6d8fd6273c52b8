print('€'.encode('cp1252', 'strict') if False else 1, 'x'.encode('UTF-8'), b'\xef\xbb\xbfa'.decode('utf-8'))
