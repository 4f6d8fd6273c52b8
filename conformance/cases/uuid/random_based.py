import uuid
a = uuid.uuid4()
b = uuid.uuid4()
print(a.version, a.variant, b.version, a != b, len(str(a)), str(a)[14])
t = uuid.uuid1()
print(t.version, t.variant, uuid.uuid1() != t, 0 <= uuid.getnode() < 1 << 48)
n = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(n.node == 0x123456789abc, n.clock_seq == 0x1234, n.version)
