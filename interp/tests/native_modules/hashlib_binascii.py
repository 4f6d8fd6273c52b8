import binascii
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for data in [b"", b"abc", b"a" * 1000, bytes(range(256))]:
        h = getattr(hashlib, name)(data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.new("SHA256", b"ab")
c = h.copy()
h.update(b"c")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4])
print(hashlib.md5(bytearray(b"xyz")).hexdigest())
# 3.4 guarantees exactly these six; 3.11 adds blake2/sha3/shake
print(sorted(a for a in hashlib.algorithms_guaranteed if a in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")))
for bad in [lambda: hashlib.md5("text"), lambda: hashlib.new("nope"), lambda: hashlib.sha1().update("s")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        # 3.4: "Unicode-objects must be encoded before hashing"; 3.11: "Strings must be ..."
        print(type(e).__name__, str(e).replace("Strings", "Unicode-objects"))

print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"k"), binascii.unhexlify("00ff61"), binascii.a2b_hex(b"4142"))
print(binascii.b2a_base64(b"hello world"), binascii.a2b_base64(b"aGVsbG8gd29ybGQ=\n"), binascii.a2b_base64("YWJj"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0))
for bad in [b"abc", b"zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("binascii.Error", e)
try:
    binascii.a2b_base64(b"YWJ")
except binascii.Error as e:
    print("binascii.Error", e)
print(issubclass(binascii.Error, ValueError))
