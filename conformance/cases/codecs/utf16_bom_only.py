print(bytes(b'abc').decode('utf-16', 'ignore'), b'\xff\xfe'.decode('utf-16'), b'\xfe\xff'.decode('utf-16'))
