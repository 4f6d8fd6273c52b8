import operator
operator.index(1.5)
