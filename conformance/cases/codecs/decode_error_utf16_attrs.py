try:
    b'\x00\xdc'.decode('utf-16')
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
