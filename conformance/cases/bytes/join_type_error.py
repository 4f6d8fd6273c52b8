try:
    b','.join([b'a', 'b'])
except TypeError:
    print('TypeError')
