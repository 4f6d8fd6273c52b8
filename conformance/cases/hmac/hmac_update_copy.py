import hmac, hashlib
h = hmac.new(b'secret', digestmod=hashlib.sha256)
h.update(b'part one ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest())
print(c.hexdigest())
print(hmac.new(b'secret', b'part one part two', hashlib.sha256).hexdigest() == h.hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), h.block_size, c.name)
