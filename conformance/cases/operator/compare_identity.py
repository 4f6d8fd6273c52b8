import operator as op
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
a = []
print(op.is_(a, a), op.is_not(a, []), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
print(op.__lt__(1, 2), op.__contains__('abc', 'b'))
