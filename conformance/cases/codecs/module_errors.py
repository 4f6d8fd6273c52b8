import codecs
def dash(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('-' * (exc.end - exc.start), exc.end)
    return ('<%d:%d>' % (exc.start, exc.end), exc.end)
codecs.register_error('dash', dash)
print(codecs.lookup_error('dash') is dash)
print(codecs.encode('a€b€€c', 'ascii', 'dash'), codecs.decode(b'a\xffb\xfe', 'ascii', 'dash'))
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore') is codecs.ignore_errors)
e = UnicodeEncodeError('ascii', 'ab\u20acc\u20ac', 2, 3, 'ordinal not in range(128)')
print(codecs.ignore_errors(e), codecs.replace_errors(e), codecs.xmlcharrefreplace_errors(e), codecs.backslashreplace_errors(e))
d = UnicodeDecodeError('utf-8', b'a\xffb', 1, 2, 'invalid start byte')
print(codecs.ignore_errors(d), ascii(codecs.replace_errors(d)))
try:
    codecs.strict_errors(e)
except UnicodeEncodeError as err:
    print('raised', err.start, err.end)
try:
    codecs.xmlcharrefreplace_errors(d)
except TypeError as err:
    print('TypeError:', err)
try:
    codecs.register_error('bad', 5)
except TypeError as err:
    print('TypeError:', err)
codecs.lookup_error('nonexistent')
