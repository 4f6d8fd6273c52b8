# list/dict/set have their own __new__ (tp_new_wrapper), with its checks.
for t in (list, dict, set):
    print(t.__name__, '__new__' in t.__dict__, type(t.__new__).__name__, t.__new__(t))
class L(list):
    pass
class D(dict):
    pass
print(type(list.__new__(L)).__name__, list.__new__(L, 1, 2), dict.__new__(D, x=1), set.__new__(set, [1]))
for f in [lambda: list.__new__(int), lambda: dict.__new__(list), lambda: set.__new__(frozenset),
          lambda: list.__new__(), lambda: dict.__new__(1), lambda: object.__new__(L),
          lambda: object.__new__(dict), lambda: tuple.__new__(list)]:
    try:
        f()
    except TypeError as e:
        print(e)
set.__new__(dict)
