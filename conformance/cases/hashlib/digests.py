import hashlib
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    h = hashlib.new(name, b'abc')
    print(name, h.hexdigest()[:32], h.digest_size, h.block_size)
h = hashlib.sha256()
h.update(b'a')
h2 = h.copy()
h.update(b'bc')
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest(), h2.hexdigest()[:16], hashlib.md5(b'').digest()[:4])
