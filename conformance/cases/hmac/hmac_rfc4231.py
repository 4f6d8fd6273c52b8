# RFC 4231 test case 2 and RFC 2202 test case 1
import hmac, hashlib
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha512).hexdigest())
print(hmac.new(b'\x0b' * 16, b'Hi There', hashlib.md5).hexdigest())
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', hashlib.sha256).hexdigest())
