t = ((1, 2),) * 3
print(t, len(t), t[0] is t[1])
