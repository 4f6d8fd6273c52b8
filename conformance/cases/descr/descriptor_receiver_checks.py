# Calling an unbound native method with a receiver of the wrong type.
print(int.__add__(True, 2), list.__len__([1, 2]), str.upper('ab'))


class L(list):
    pass


print(list.append.__get__(L())(1), list.__len__(L([1])))
for f in [lambda: int.__add__('a', 1), lambda: list.__len__(()),
          lambda: float.__add__(1, 2.0),
          lambda: list.__iadd__((), [])]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    list.append()
except TypeError as e:
    print(type(e).__name__)
print(tuple.__len__.__get__((1, 2))())
int.__neg__('x')
