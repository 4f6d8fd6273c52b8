import operator
class H:
    def __length_hint__(self):
        return 7
class N:
    pass
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))), operator.length_hint(H()))
print(operator.length_hint(N()), operator.length_hint(N(), 42))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it))
