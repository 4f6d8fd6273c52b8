import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(256, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.index(7))
print(op.__add__(1, 1), op.__mul__('a', 3), op.__neg__(2), op.__not__(1))
