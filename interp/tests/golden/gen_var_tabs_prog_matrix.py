# Matrix operations with nested lists: multiply, transpose, determinant, power.
def matmul(a, b):
	return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def identity(n):
	return [[int(i == j) for j in range(n)] for i in range(n)]


def matpow(m, e):
	result = identity(len(m))
	while e:
		if e & 1:
			result = matmul(result, m)
		m = matmul(m, m)
		e >>= 1
	return result


def det(m):
	if len(m) == 1:
		return m[0][0]
	return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]])
               for j in range(len(m)))


fib = matpow([[1, 1], [1, 0]], 90)[0][1]
print(fib, det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), list(map(list, zip(*[[1, 2], [3, 4]]))))
