try:
    'aé€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.start, e.end, e)
try:
    'a😀'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
