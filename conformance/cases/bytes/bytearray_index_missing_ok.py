try:
    bytearray(b'abc').index(b'z')
except ValueError as e:
    print('ValueError')
