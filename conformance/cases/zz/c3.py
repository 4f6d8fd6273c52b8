try:
    'é'.encode('ascii')
except UnicodeError as e:
    print(repr(e))
    print(e.args)
