# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: attributes and str()
e = UnicodeEncodeError('ascii', 'caf\xe9', 3, 4, 'ordinal not in range(128)')
print(e.encoding, repr(e.object), e.start, e.end, e.reason)
print(str(e))
print(str(UnicodeEncodeError('ascii', '\xe9a', 0, 2, 'bad')))
print(str(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'r')))
print(str(UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'r')))
print(str(UnicodeEncodeError('ascii', 'x', 5, 7, 'r')))
d = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(d.encoding, d.object, d.start, d.end, d.reason)
print(str(d))
print(str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')))
print(str(UnicodeDecodeError('ascii', b'x', 5, 7, 'r')))
print(repr(UnicodeDecodeError('ascii', bytearray(b'\xe9'), 0, 1, 'r').object))
t = UnicodeTranslateError('\xe9', 0, 1, 'bad')
print(repr(t.object), t.start, t.end, t.reason, t.encoding)
print(str(t))
print(str(UnicodeTranslateError('\xe9a', 0, 2, 'bad')))
print(str(UnicodeTranslateError('x', 5, 7, 'r')))
e.start = 1
e.reason = 'changed'
print(e.start, e.reason)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as x:
    print(x.encoding, repr(x.object), x.start, x.end, x.reason)
try:
    b'ab\xff'.decode('utf-8')
except UnicodeDecodeError as x:
    print(x.encoding, x.object, x.start, x.end, x.reason)
try:
    UnicodeEncodeError('ascii', 'x', 0.5, 1, 'r')
except TypeError as x:
    print('TypeError')
for args in [('ascii',), ('ascii', b'x', 0, 1, 'r'), ('ascii', 'x', 0, 1, 2)]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as x:
        print('TypeError:', x)
for args in [('x', 0, 1), (1, 0, 1, 'r')]:
    try:
        UnicodeTranslateError(*args)
    except TypeError as x:
        print('TypeError:', x)
print(issubclass(UnicodeTranslateError, UnicodeError), UnicodeTranslateError.__mro__[1].__name__)
