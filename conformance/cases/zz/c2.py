try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e.args)
