import hashlib
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(n, b'abc')
    print(n, h.hexdigest()[:32], h.digest_size, h.block_size, h.name, getattr(hashlib, n)(b'abc').hexdigest() == h.hexdigest())
h = hashlib.sha256(); h.update(b'a'); h2 = h.copy(); h2.update(b'b'); print(h.hexdigest()[:16], h2.hexdigest()[:16], hashlib.sha256(b'ab').hexdigest()[:16], len(h.digest()))
hashlib.new("nope")
