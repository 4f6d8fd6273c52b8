import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version)
for kw in [dict(hex='{12345678-1234-5678-1234-567812345678}'), dict(hex='urn:uuid:12345678123456781234567812345678'),
           dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int)]:
    print(uuid.UUID(**kw) == u)
v = uuid.UUID(int=0, version=4)
print(v, v.version, v.variant)
print(uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0xc000 << 48).variant)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(u == uuid.UUID(str(u)), u != v, u < v, u > v, u <= u, hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int)
print(u == str(u))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=' | ')
try:
    u.x = 1
except TypeError as e:
    print('TypeError:', e)
for kw in [dict(hex='123'), dict(bytes=b'short'), dict(bytes_le=b'x' * 17), dict(fields=(1, 2)),
           dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 0, 256, 0)), dict(int=-1), dict(int=0, version=9)]:
    try:
        uuid.UUID(**kw)
    except ValueError as e:
        print('ValueError:', e)
uuid.UUID()
