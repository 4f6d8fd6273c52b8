import operator
operator.concat(1, 2)
