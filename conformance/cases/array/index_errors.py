from array import array
a = array('i', [1])
for f in (lambda: a[5], lambda: a.pop(3), lambda: array('i').pop(), lambda: a.index(7), lambda: a.remove(7)):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
a[1:2] = [5]
