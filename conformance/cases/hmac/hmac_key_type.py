import hmac, hashlib
try:
    hmac.new('text key', b'm', hashlib.sha1)
except TypeError as e:
    print(e)
hmac.new(123, digestmod=hashlib.md5)
