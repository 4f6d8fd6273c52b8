import operator as op
l = [1]
r = op.iadd(l, [2])
print(r is l, l, op.iadd(1, 2), op.isub(5, 2), op.imul(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2))
print(op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = 'a'
print(op.iconcat(s, 'b'), op.iconcat([1], (2,)))
