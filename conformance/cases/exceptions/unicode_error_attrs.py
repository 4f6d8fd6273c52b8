try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
    print(e)
