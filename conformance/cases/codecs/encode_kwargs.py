print('é'.encode(encoding='latin-1'), 'é'.encode('ascii', errors='ignore'), b'\xe9'.decode(encoding='latin-1', errors='strict'))
