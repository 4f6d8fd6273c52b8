t = 1,
print(t, type(t))
t = ()
print(t, len(t))
print((1), (1,), ((1, 2),))
