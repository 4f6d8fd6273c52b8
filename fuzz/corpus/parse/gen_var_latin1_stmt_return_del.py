# -*- coding: latin-1 -*-
# return forms and assignments with complex targets.
def f():
    return


def g():
    return 1


def h():
    return 1, 2


def i():
    return (1, 2)


def j():
    return [x for x in range(3)]


def k(a):
    return a if a else None


def m():
    return lambda: 0


def n():
    return not True


def o(*a):
    return a[0], a[1:]


x.y.z = a[b][c] = d, e = f
a[i], a[j] = a[j], a[i]
obj.x, obj.y = obj.y, obj.x
(a), (b) = 1, 2
[a, (b, [c, d])] = 1, (2, [3, 4])
