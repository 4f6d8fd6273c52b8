import base64
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.b16encode(b'\x01\xff'), base64.b32encode(b'ab'), base64.urlsafe_b64encode(b'\xfb\xff'))
