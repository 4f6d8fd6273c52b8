# Error paths of the set/frozenset operations taking iterables.
def err(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
for t in (set, frozenset):
    for name in ['difference', 'intersection', 'issubset', 'issuperset',
                 'symmetric_difference', 'union']:
        err(lambda: getattr(t([1]), name)(1))
    err(lambda: t([1]).union([[]]))
    err(lambda: t([1]).issubset())
s = set([1, 2, 3])
for name in ['difference_update', 'intersection_update', 'symmetric_difference_update']:
    err(lambda: getattr(s, name)(5))
s.difference_update([1], (2,))
print(sorted(s))
s.symmetric_difference_update([3, 4])
print(sorted(s))
s.symmetric_difference_update({4, 9})
print(sorted(s))
s.intersection_update([9, 10], range(20))
print(sorted(s))
s.symmetric_difference_update()
