import operator
it = iter([1, 2, 3, 4])
next(it)
print(it.__length_hint__(), operator.length_hint(it))
r = iter(range(2, 20, 3))
print(r.__length_hint__(), len(list(r)), r.__length_hint__())
print(operator.length_hint(iter("héllo")), operator.length_hint(iter((1, 2))))
print(operator.length_hint(iter({1, 2, 3})), operator.length_hint(iter([]), 5))
print(True in b"\x01", False in b"a", 97 in b"abc")
255 in b"a"
256 in b"a"
