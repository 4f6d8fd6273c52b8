import base64
base64.b64decode(b'abc')
