# UnicodeEncodeError built by Python code and by the codecs.
e = UnicodeEncodeError('utf-8', 'a\ud800b', 1, 2, 'surrogates not allowed')
print(str(e), ascii(e.object), e.start, e.end, e.reason, e.encoding)
e2 = UnicodeEncodeError('ascii', '\udc80\udc81', 0, 2, 'nope')
print(str(e2))
try:
    'ab\udfff'.encode('latin-1')
except UnicodeEncodeError as err:
    print(str(err), ascii(err.object), err.object[err.start] == '\udfff', err.args[2:])
raise UnicodeEncodeError('utf-8', '\udbff', 0, 1, 'surrogates not allowed')
