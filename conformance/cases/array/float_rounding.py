from array import array
a = array('f', [0.1, 1e10, -2.5])
print(a, a.tolist())
a[0] = 3
print(a[0], type(a[0]).__name__)
