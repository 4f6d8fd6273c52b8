'é'.encode('ascii', 'bogus')
