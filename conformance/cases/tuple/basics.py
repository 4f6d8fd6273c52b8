t = (1, 2, 3)
print(t[0], t[-1], t[1:], t + (4,), t * 2, len(t), t.count(2), t.index(3))
