import zlib
data = b''.join(('line %d of the stream\n' % i).encode() for i in range(500))
c = zlib.compressobj(9)
parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(c.flush())
stream = b''.join(parts)
print(zlib.decompress(stream) == data)
d = zlib.decompressobj()
out = []
for i in range(0, len(stream), 100):
    out.append(d.decompress(stream[i:i + 100]))
out.append(d.flush())
print(b''.join(out) == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(stream + b'TRAILER') == data, d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj()
got = d.decompress(stream, 1000)
chunks = [got]
while d.unconsumed_tail:
    chunks.append(d.decompress(d.unconsumed_tail, 1000))
chunks.append(d.flush())
print(len(got), b''.join(chunks) == data, max(len(x) for x in chunks) <= 1000)
r = zlib.compressobj(6, zlib.DEFLATED, -12)
raw = r.compress(b'raw stream') + r.flush()
print(zlib.decompressobj(-12).decompress(raw + b'') + zlib.decompressobj(-15).flush())
cc = zlib.compressobj()
head = cc.compress(b'copy me')
c2 = cc.copy()
print(zlib.decompress(head + cc.flush()), zlib.decompress(head + c2.flush()))
dd = zlib.decompressobj()
print(dd.decompress(b''), dd.flush(), dd.eof)
