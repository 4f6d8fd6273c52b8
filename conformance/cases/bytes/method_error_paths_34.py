# Error paths of bytes/bytearray methods the other cases only call successfully.
def err(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for t in (bytes, bytearray):
    for name in ['capitalize', 'isalnum', 'isalpha', 'islower', 'isspace', 'istitle',
                 'isupper', 'swapcase', 'title']:
        err(lambda: getattr(t(b'ab'), name)(1))
    err(lambda: t(b'a').rjust(3, b'xy'))
    err(lambda: t(b'a b').rsplit(b''))
    err(lambda: t(b'ab').rpartition(b''))
    print(t(b'ab').rjust(4, b'*'), t(b'a b c').rsplit(None, 1), t(b'a.b.c').rpartition(b'.'))
bytearray(b'ab').title(None)
