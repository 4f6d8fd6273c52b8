try:
    'abé€x'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
    print(type(e).__mro__[1].__name__, isinstance(e, ValueError))
