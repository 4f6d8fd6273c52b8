import codecs, io
dec = codecs.getincrementaldecoder('utf-8')()
data = 'añ€😀z'.encode('utf-8')
out = [dec.decode(data[i:i + 1]) for i in range(len(data))]
print(out, repr(dec.decode(b'', final=True)))
dec.decode(b'\xe2\x82')
try:
    dec.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e.reason)
dec.reset()
print(dec.decode(b'ok'))
enc = codecs.getincrementalencoder('latin-1')()
print(enc.encode('ab'), enc.encode('é', final=True))
print(list(codecs.iterencode(['a', 'ñ', ''], 'utf-8')), list(codecs.iterdecode([b'\xc3', b'\xb1', b'x'], 'utf-8')))
buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('héllo ')
w.writelines(['wörld', '!'])
print(buf.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('line1\nlïne2\n'.encode()))
print(r.readline(), r.read())
class Rev(codecs.Codec):
    def encode(self, input, errors='strict'):
        return (input[::-1].encode('ascii'), len(input))
    def decode(self, input, errors='strict'):
        return (input.decode('ascii')[::-1], len(input))
def search(name):
    if name == 'reverse':
        return codecs.CodecInfo(Rev().encode, Rev().decode, name='reverse')
    return None
codecs.register(search)
print(codecs.encode('abc', 'reverse'), codecs.decode(b'cba', 'reverse'), codecs.lookup('reverse').name)
