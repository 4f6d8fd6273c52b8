try:
    'é'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.start, e.end)
print('abc'.encode('ascii', 'surrogateescape'), b'abc'.decode('ascii', 'surrogateescape'))
