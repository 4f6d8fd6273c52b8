class C: pass
a, b = C(), C()
print(a == a, a == b, a != b, a is not b, hash(a) == hash(a))
