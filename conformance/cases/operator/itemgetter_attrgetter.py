import operator
get1 = operator.itemgetter(1)
get02 = operator.itemgetter(0, 2)
print(get1('abc'), get02('abc'), sorted([(1, 'b'), (2, 'a')], key=get1))
class P:
    def __init__(self, x):
        self.x = x
        self.inner = self if x == 0 else None
print(operator.attrgetter('x')(P(5)), operator.attrgetter('inner.x')(P(0)))
