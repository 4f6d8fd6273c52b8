# str.encode / bytes.decode refuse the bytes-to-bytes and str-to-str codecs.
import codecs
for name in ['rot13', 'ROT-13', 'rot_13', 'hex', 'hex_codec', 'base64', 'Base64', 'zlib',
             'uu', 'quopri', 'bz2']:
    for f in [lambda: 'x'.encode(name), lambda: b'x'.decode(name),
              lambda: bytearray(b'x').decode(name)]:
        try:
            f()
        except LookupError as e:
            print(e)
print(codecs.encode('abc', 'rot13'))
'abc'.encode('rot13')
