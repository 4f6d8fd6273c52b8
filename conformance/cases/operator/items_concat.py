import operator as op
l = [1, 2, 3]
print(op.getitem(l, 1), op.getitem('abc', slice(1, None)))
op.setitem(l, 0, 10)
op.delitem(l, 1)
print(l, op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
d = {}
op.setitem(d, 'k', 'v')
print(d, op.getitem(d, 'k'))
op.delitem(d, 'k')
print(d)
