# Decoding errors that the surrogate handlers cannot fix.
cases = [(b'\xed\xa0', 'utf-8', 'surrogatepass'), (b'\x00\xd8\x00\x00', 'utf-32-le', 'strict'),
         (b'\x00\xdc', 'utf-16-le', 'strict'), (b'\x00\xd8a', 'utf-16-le', 'surrogatepass'),
         (b'\xed\xa0\x80', 'utf-8', 'strict')]
for b, enc, h in cases:
    try:
        print(ascii(b.decode(enc, h)))
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason, e.object)
b'\x80'.decode('ascii', 'surrogatepass')
