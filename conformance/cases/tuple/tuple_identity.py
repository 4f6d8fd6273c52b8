# tuple(t) is t for an exact tuple; () is a singleton.
t = (1, 2)
e = ()
print(tuple(t) is t, tuple() is e, tuple([]) is e, t[2:] is e, t[0:0] is e)


class T(tuple):
    pass


s = T((1, 2))
print(tuple(s) is s, type(tuple(s)).__name__, tuple(s) == t)
print(t.__getnewargs__(), ().__getnewargs__(), s.__getnewargs__())
print(tuple('ab'), tuple(range(3)))
tuple(1)
