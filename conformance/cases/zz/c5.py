print(b'\xed\xa0\x80'.decode('utf-8', 'replace').encode('ascii', 'backslashreplace'))
