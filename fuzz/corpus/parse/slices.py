# Subscripts: Index, Slice, ExtSlice, Ellipsis.
a[0]
a[-1]
a[i + 1]
a[1:2]
a[1:]
a[:2]
a[:]
a[::]
a[::2]
a[1::2]
a[:2:]
a[1:2:3]
a[::-1]
a[1, 2]
a[1:2, 3]
a[1:2, 3:4]
a[:, :]
a[..., 1]
a[...]
a[1, ...]
a[:, None]
a[()]
a[(1, 2)]
a[1,]
a[1:2,]
a[x:y:z, ::, i]
a[b[c[d]]]
a[f(x):g(y)]
a[lambda: 0]
a[0][1][2]
a[0] = 1
a[1:2] = [3]
a[::2] = b
a[1, 2] = 3
a[..., 0] = 0
del a[0], a[1:2], a[:, 0]
a[i][j:k] += 1
x = ...
f(...)
m[..., ::2, None, 1:]
