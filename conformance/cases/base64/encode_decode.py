import base64
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='))
print(base64.urlsafe_b64encode(b'\xfb\xff'), base64.b32encode(b'ab'), base64.b16encode(b'\x01\xab'))
print(base64.b32decode(b'MFRA===='), base64.b16decode(b'01AB'), base64.standard_b64decode('YQ=='))
print(base64.encodebytes(b'x' * 10))
