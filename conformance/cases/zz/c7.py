print(b'\xf0\x9f\x98'.decode('utf-8', 'replace').encode('utf-8'), b'\xc0\x80'.decode('utf-8', 'replace').encode('utf-8'))
