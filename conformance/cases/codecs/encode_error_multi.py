'a\u20ac\u20acb'.encode('ascii')
