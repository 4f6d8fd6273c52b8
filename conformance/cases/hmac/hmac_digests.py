import hmac, hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', getattr(hashlib, name))
    print(name, h.hexdigest(), h.digest_size, h.name)
print(hmac.new(b'k', b'msg', 'sha256').hexdigest())
print(hmac.new(b'k' * 200, b'long key', hashlib.sha1).hexdigest())
print(hmac.new(bytearray(b'ba'), b'', hashlib.sha256).digest()[:8])
print(hmac.new(b'', None, hashlib.md5).hexdigest())
