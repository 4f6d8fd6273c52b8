# frozenset(fs) is fs, and the empty frozenset is a singleton.
fs = frozenset([1, 2])
print(frozenset(fs) is fs, frozenset() is frozenset(), frozenset([]) is frozenset())
print(frozenset([1]) is frozenset([1]), frozenset(set()) is frozenset())


class F(frozenset):
    pass


f = F([1])
print(type(frozenset(f)).__name__, frozenset(f) is f, F(fs) is fs, type(F()).__name__)
print(sorted(frozenset(fs)), frozenset(range(3)) == {0, 1, 2})
for f in [lambda: frozenset([], x=1), lambda: set(x=1), lambda: frozenset(1), lambda: set(1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
frozenset(1, 2)
