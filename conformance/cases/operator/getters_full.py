from operator import itemgetter, attrgetter, methodcaller
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0, 2), rows)))
print(itemgetter('k')({'k': 5}), itemgetter(slice(0, 2))('abc'), itemgetter(-1)([1, 2]))
class P:
    def __init__(self, x, child=None):
        self.x = x
        self.child = child
p = P(1, P(2, P(3)))
print(attrgetter('x')(p), attrgetter('child.x')(p), attrgetter('x', 'child.child.x')(p))
print(methodcaller('upper')('ab'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b', 1)('aaa'))
print(methodcaller('format', name='Z')('{name}!'), sorted(['bb', 'a', 'ccc'], key=methodcaller('__len__')))
