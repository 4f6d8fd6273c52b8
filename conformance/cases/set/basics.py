s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(1)
s.discard(100)
print(sorted(s), len(s), 2 in s, 1 in s)
