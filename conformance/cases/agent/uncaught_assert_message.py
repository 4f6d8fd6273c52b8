def mean(xs):
    assert len(xs) > 0, "empty list: %r" % (xs,)
    return sum(xs) / len(xs)
print(mean([1, 2]))
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", e.args)
mean([])
