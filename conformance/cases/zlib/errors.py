import zlib
good = zlib.compress(b'some data to compress' * 10)
for bad in [b'not compressed', good[:-5], good[:10], b'', b'x\x9c']:
    try:
        zlib.decompress(bad)
        print('ok?')
    except zlib.error as e:
        print('error:', e)
try:
    zlib.compress(b'x', 10)
except zlib.error as e:
    print('error:', e)
for f in (lambda: zlib.compressobj(12), lambda: zlib.decompressobj(3)):
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
c = zlib.compressobj()
c.compress(b'a')
c.flush()
try:
    c.compress(b'b')
except zlib.error as e:
    print('error:', e)
zlib.decompress(b'garbage')
