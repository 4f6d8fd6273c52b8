print(b'x'.decode('utf-16', 'replace') == '\ufffd', b''.decode('utf-16'), ''.encode('utf-16'), ''.encode('utf-32-be'))
