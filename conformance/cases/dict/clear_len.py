d = dict.fromkeys(range(100))
print(len(d))
d.clear()
print(len(d), d)
