import base64
import random
from kaa_check import show, py34

rng = random.Random(11)
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\xfd' * 7]
samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 120))) for _ in range(15)]
for data in samples:
    short = data[:8]
    show("b64 %r" % short, lambda: base64.b64encode(data))
    show("b64 round %r" % short, lambda: base64.b64decode(base64.b64encode(data)) == data)
    show("urlsafe %r" % short, lambda: base64.urlsafe_b64encode(data))
    show("urlsafe round %r" % short, lambda: base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
    show("std %r" % short, lambda: base64.standard_b64decode(base64.standard_b64encode(data)) == data)
    show("alt %r" % short, lambda: base64.b64encode(data, b'*-'))
    show("b32 %r" % short, lambda: base64.b32encode(data))
    show("b32 round %r" % short, lambda: base64.b32decode(base64.b32encode(data)) == data)
    show("b16 %r" % short, lambda: base64.b16encode(data))
    show("b16 round %r" % short, lambda: base64.b16decode(base64.b16encode(data)) == data)
    show("encodebytes %r" % short, lambda: base64.encodebytes(data))
    show("decodebytes %r" % short, lambda: base64.decodebytes(base64.encodebytes(data)) == data)
for text in [b'Zm9v', 'Zm9vYmFy', b'Zm9vYg==', b'Zm9vYg=', b'Zm9vYg', b'Zm 9v\nYmFy', b'Zm9v!!YmFy', b'Zm9vYg==trailing',
             b'Zg=a=', b'Z=g==', b'====', b'Zm9v====', b'Zm9', b'Zm', bytearray(b'Zm9v'), memoryview(b'Zm9v'), 'Zm9v\u00e9', 5]:
    label = repr(bytes(text)) if isinstance(text, memoryview) else repr(text)
    show("b64decode %s" % label, lambda: base64.b64decode(text))
    if not isinstance(text, bytes) or text in (b'Zm9v', b'Zm9vYg==', b'Zm9vYg=', b'Zm9vYg', b'Zm9', b'Zm'):
        show("b64decode validate %s" % label, lambda: base64.b64decode(text, validate=True))
# 3.4 validates with the pattern [A-Za-z0-9+/]*={0,2} (3.11 has finer messages).
for text in [b'Zm 9v\nYmFy', b'Zm9v!!YmFy', b'Zm9vYg==trailing', b'Zg=a=', b'====', b'Zm9v====']:
    py34("b64decode validate %r" % text, lambda: base64.b64decode(text, validate=True), "Error: Non-base64 digit found")
show("altchars decode", lambda: base64.b64decode(b'ab*-', altchars=b'*-'))
show("urlsafe str", lambda: base64.urlsafe_b64decode('-_-_'))
for text in [b'MZXW6===', b'mzxw6===', b'MZXW6YQ=', b'MZXW6YTB', b'MZXW6', b'MZXW6!==', b'M=======', b'MZ======', 'ME======', b'MZXW6Y==']:
    show("b32decode %r" % (text,), lambda: base64.b32decode(text))
    show("b32decode fold %r" % (text,), lambda: base64.b32decode(text, casefold=True))
show("b32 map01", lambda: (base64.b32decode(b'ME01====', map01=b'L'), base64.b32decode(b'ME01====', map01='I')))
for text in [b'666F6F', b'666f6f', 'ABCD', b'ABC', b'XY', b'']:
    show("b16decode %r" % (text,), lambda: base64.b16decode(text))
    show("b16decode fold %r" % (text,), lambda: base64.b16decode(text, casefold=True))
py34("b64encode str", lambda: base64.b64encode('abc'), "TypeError: expected bytes, not str")
py34("b32encode str", lambda: base64.b32encode('abc'), "TypeError: expected bytes, not str")
py34("encodebytes str", lambda: base64.encodebytes('abc'), "TypeError: expected bytes, not str")
show("error class", lambda: (issubclass(base64.b64decode.__class__, object), str(type(ValueError()))))
try:
    base64.b64decode(b'abc')
except ValueError as exc:
    print("error", type(exc).__module__, type(exc).__name__, exc)

for data in samples + [b'\0' * 8, b'    ' * 3, b'ab\0\0\0\0cd', b'\xff' * 9]:
    short = data[:8]
    show("a85 %r" % short, lambda: base64.a85encode(data))
    show("a85 opts %r" % short, lambda: (base64.a85encode(data, foldspaces=True), base64.a85encode(data, pad=True),
                                         base64.a85encode(data, adobe=True, wrapcol=10), base64.a85encode(data, wrapcol=7)))
    show("a85 round %r" % short, lambda: (base64.a85decode(base64.a85encode(data)) == data,
                                          base64.a85decode(base64.a85encode(data, foldspaces=True, wrapcol=5), foldspaces=True) == data,
                                          base64.a85decode(base64.a85encode(data, adobe=True), adobe=True) == data))
    show("b85 %r" % short, lambda: (base64.b85encode(data), base64.b85encode(data, pad=True)))
    show("b85 round %r" % short, lambda: base64.b85decode(base64.b85encode(data)) == data)
for text in [b'87cURD]i', b'z', b'zz', b'y', b'!!!!z', b'xyz\x80', b'uuuuu', b's8W-"', '87cUR', b'<~87cURD]i~>']:
    show("a85decode %r" % (text,), lambda: base64.a85decode(text))
    show("a85decode fold %r" % (text,), lambda: base64.a85decode(text, foldspaces=True))
py34("a85decode adobe bad", lambda: base64.a85decode(b'87cURD]i', adobe=True),
     "ValueError: Ascii85 encoded byte sequences must be bracketed by b'<~' and b'~>'")
show("a85decode ignore", lambda: base64.a85decode(b'87 cU\nRD]i', ignorechars=b' '))
for text in [b'VPa!sWoBn+', b'VPa', b'|NsC0', b'~~~~~', b'VP"a', 'cXxL#']:
    show("b85decode %r" % (text,), lambda: base64.b85decode(text))
import io
src = io.BytesIO(bytes(range(200)) * 3)
dst = io.BytesIO()
base64.encode(src, dst)
show("encode file", lambda: dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
show("decode file", lambda: back.getvalue() == bytes(range(200)) * 3)
show("consts", lambda: (base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types))
py34("encodestring", lambda: base64.encodestring(b'abc'), "b'YWJj\\n'")  # removed in 3.9
py34("decodestring", lambda: base64.decodestring(b'YWJj\n'), "b'abc'")
