import hmac
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest(b'abc', b'ab'))
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest('', ''), hmac.compare_digest(bytearray(b'x'), b'x'))
print(hmac.compare_digest(memoryview(b'xy'), bytearray(b'xy')))
for a, b in [('a', b'a'), (1, 1), (b'a', None)]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print('TypeError')
hmac.compare_digest('é', 'é')
