import operator
print(operator.add(1, 2), operator.mul(3, 4), operator.neg(5), operator.not_(0), operator.truth([]), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.lt(1, 2), operator.eq('a', 'a'), operator.is_(None, None), operator.contains([1], 1), operator.concat([1], [2]))
