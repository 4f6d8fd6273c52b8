import uuid
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    for name in ['python.org', 'http://example.com/', '', 'ünïcode']:
        a = uuid.uuid3(ns, name)
        b = uuid.uuid5(ns, name)
        print(a, a.version, b, b.version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'x') == uuid.uuid3(uuid.NAMESPACE_DNS, 'x'))
