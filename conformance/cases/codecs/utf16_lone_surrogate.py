b'\x00\xdc'.decode('utf-16-le')
