import base64, binascii
print(base64.b64encode(b'hello world!?'), base64.b64decode(b'aGVsbG8='), base64.b64decode('aGk='), base64.urlsafe_b64encode(b'\xfb\xff'), base64.urlsafe_b64decode(b'-_8='), base64.standard_b64encode(b'x'))
print(base64.b32encode(b'abc'), base64.b32decode(b'MFRGG==='), base64.b16encode(b'\xab\x01'), base64.b16decode(b'AB01'), base64.b16decode('ab01', casefold=True), base64.b85encode(b'hello'), base64.b85decode(b'Xk~0{Zv'), base64.a85encode(b'hello'), base64.a85decode(b'BOu!rDZ'))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'), base64.b64encode(b'ab', altchars=b'-_'), base64.b64decode(b'a*GV', validate=False) if False else '')
import hashlib
for bad in [lambda: base64.b64decode(b'abc'), lambda: binascii.unhexlify(b'0'), lambda: base64.b16decode(b'zz'), lambda: hashlib.new('nope'), lambda: hashlib.sha256('str')]:
    try:
        bad()
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__)
base64.b32decode(b'1')
