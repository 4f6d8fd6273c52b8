# |=, -=, ^= and &= in loops (each touches only the right operand's items).
s = set()
for i in range(100000):
    s |= {i, i + 1}
print(len(s), min(s), max(s))
for i in range(0, 100000, 2):
    s -= {i}
print(len(s), sorted(s)[:5])
for i in range(10):
    s ^= {i, 1000000 + i}
print(len(s), sorted(s)[:6], sorted(s)[-3:])
s &= set(range(20))
print(sorted(s))
t = {1, 2, 3}
t |= t
t ^= {3, 4}
print(sorted(t), t.__ior__(frozenset([9])) is t, sorted(t))
u = {1, 2}
u -= u
print(u)
v = {1}
v |= {}.keys()
print(v)
w = {1}
w |= [2]
