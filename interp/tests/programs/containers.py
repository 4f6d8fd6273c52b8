d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d.get("z", 0), "a" in d, sorted(d), list(d.values()))
d.update(x=9)
print(d.pop("x"), d.setdefault("q", []), d)
del d["q"]
print(list(d.items()), dict(zip("ab", [1, 2])), dict.fromkeys([1, 2], 0))
s = {3, 1, 2}
s.add(5)
s.discard(1)
print(s, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} < {1, 2})
print(set(), frozenset([1, 2]), sorted(set("hello")), len(set(range(100))))
l = [5, 2, 8, 1]
l.sort()
l.insert(0, 9)
l.extend([7, 7])
print(l, l.index(8), l.count(7), l.pop(), l.pop(0), l)
l.reverse()
l.remove(2)
print(l, l[1:3], l[::2], l[-2:], [0] * 3)
l[1:3] = ["a", "b", "c"]
print(l)
t = (1, 2, 3)
a, *rest = t
x, (y, z) = 1, (2, 3)
print(a, rest, x, y, z, t.count(2), t.index(3), t + (4,), t[1:])
print([[i * j for j in range(3)] for i in range(3)])
print(list(range(10, 0, -3)), range(5)[2], len(range(0, 100, 7)), 5 in range(10), list(range(3))[::-1])
nested = {"k": [1, {"x": (1, 2)}]}
print(nested, str(nested), repr([None, True, 1.5, "s"]))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], key=lambda v: -v), max("abc", key=ord))
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
print(list(map(str, [1, 2])), "-".join(["a", "b"]), "a b  c".split(), "x=1".partition("="))
print(" Hello World ".lower().strip().replace("o", "0").title(), "abc".upper().center(7, "*"), "42".zfill(5))
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".startswith("ab"), "line1\nline2".splitlines())
print(bytes([104, 105]), b"abc"[1], b"a" + b"b", "héllo".encode(), b"hi".decode(), bytearray(b"xy"))
import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi, math.factorial(10), math.log(math.e))
lst = [1, 2, 3]
lst.append(lst)
print(lst)
dd = {}
dd[1] = dd
print(dd)
