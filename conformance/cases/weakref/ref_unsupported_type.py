import weakref
for v in (set(), frozenset(), len, weakref):
    print(type(v).__name__, weakref.ref(v)() is v)
for v in (1, "s", (1,), [1], {}):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
class L(list):
    pass
print(weakref.ref(L())() is None)
weakref.ref(None)
