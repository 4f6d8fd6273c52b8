s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4}
s -= {1}
s ^= {2, 9}
print(sorted(s))
s.update([7, 8], (6,))
s.intersection_update(range(8))
print(sorted(s))
