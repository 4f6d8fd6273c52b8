s = {1, 2}
t = s
s |= {3}
s -= {1}
print(sorted(s), t is s)
