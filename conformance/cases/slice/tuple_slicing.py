t = tuple(range(10))
print(t[2:7:2], t[::-1][:3], t[100:], type(t[1:]))
