import operator
l = [1, 2, 3]
operator.setitem(l, 0, 'x')
operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.index(7))
