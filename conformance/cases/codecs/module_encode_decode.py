import codecs
print(codecs.encode('héllo'), codecs.encode('héllo', 'latin-1'), codecs.decode(b'h\xc3\xa9llo'))
print(codecs.decode(b'h\xe9llo', 'latin-1'), codecs.encode('abc', 'utf-16-le'), codecs.decode(b'a\x00b\x00', 'utf-16-le'))
print(codecs.encode('€', 'ascii', 'replace'), codecs.encode('€', 'ascii', 'xmlcharrefreplace'),
      codecs.encode('€x', 'ascii', 'backslashreplace'), codecs.encode('€x', 'ascii', 'ignore'))
print(ascii(codecs.decode(b'a\xffb', 'utf-8', 'replace')), codecs.decode(b'a\xffb', 'utf-8', 'ignore'))
print(codecs.encode(b'\x00\xffAB', 'hex'), codecs.decode(b'00ff4142', 'hex'), codecs.decode('00ff', 'hex'))
print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGVsbG8gd29ybGQ=\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
enc = codecs.getencoder('utf-8')
dec = codecs.getdecoder('utf-8')
print(enc('añb'), dec(b'a\xc3\xb1b'), codecs.getencoder('latin-1')('x', 'strict'))
print(codecs.lookup('utf-8').encode('z'), codecs.lookup('ascii').decode(b'abc'))
try:
    codecs.encode('€', 'ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    codecs.decode(b'zz', 'hex')
except Exception as e:
    print(type(e).__name__, e)
codecs.encode(b'bytes', 'utf-8')
