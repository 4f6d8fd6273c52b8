# reversed() iterators report their remaining length
r = reversed([1, 2, 3])
print(r.__length_hint__())
next(r)
print(r.__length_hint__(), list(r), r.__length_hint__())
print(reversed(range(5)).__length_hint__(), reversed('abcd').__length_hint__())
l = [1, 2, 3, 4]
r = reversed(l)
del l[:]
print(r.__length_hint__(), list(r))
