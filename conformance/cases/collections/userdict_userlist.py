from collections import UserDict, UserList
class D(UserDict):
    def __missing__(self, key):
        return key * 2
d = D({'a': 1})
d['b'] = 2
print(d['a'], d['zz'], len(d), sorted(d), d.data, 'a' in d, d.get('q', 'dflt'))
l = UserList([3, 1, 2])
l.append(0)
l.sort()
print(l, l.data, l[1:], type(l[1:]).__name__, l + [9], len(l), l * 2)
l.extend(UserList([7]))
print(l.pop(), l.index(2), l.count(1), 2 in l, l == [0, 1, 2, 3])
l.reverse(); l.insert(0, 'h'); l.remove(3)
print(l, repr(l))
