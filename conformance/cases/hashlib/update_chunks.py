import hashlib
h = hashlib.md5()
for chunk in (b'The quick ', b'brown fox'):
    h.update(chunk)
print(h.hexdigest(), h.name, hashlib.md5(b'The quick brown fox').hexdigest() == h.hexdigest())
print(h.digest_size, h.block_size, len(h.digest()))
