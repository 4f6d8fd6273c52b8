# Big-number op: decimal string of a 95,000-digit power.
s = str(3 ** 200000)
print(len(s), s[:20], s[-20:])
