print('abc'.encode('ascii', 'bogus'), b'abc'.decode('utf-8', 'bogus'))
